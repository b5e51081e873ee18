/**
 * Reconcile: a {@link org.corroborate.model.Story}'s articles compared with each other into a
 * {@link org.corroborate.model.StoryReport}: one entity across outlets
 * ({@link org.corroborate.engine.reconcile.EntityMerger}), one quotation across outlets with each wording
 * ({@link org.corroborate.engine.reconcile.QuoteGrouper}), passages one article took from another
 * ({@link org.corroborate.engine.reconcile.ReuseDetector}), and claims aligned into facts with verdicts and
 * independent-source counts ({@link org.corroborate.engine.reconcile.FactReconciler}).
 *
 * <p>Facts: {@code FactSubjects} gives each claim its story-level subject (through {@code StoryNames}, the
 * story's entities by every name, alias and title an outlet used), {@code ValueComparison} says whether two values
 * can both be true and which is more precise (dates as {@code DateRange}s, counts, places inside places, phrases,
 * names folded by {@code Names}), and {@code Origins} says where each article's support comes from, which is
 * what the independent count counts.
 *
 * <p>Everything is non-null; absent values are {@link java.util.Optional}. The stages hold no state and are
 * thread-safe; the per-story helpers are built per call and not shared.
 */
package org.corroborate.engine.reconcile;
