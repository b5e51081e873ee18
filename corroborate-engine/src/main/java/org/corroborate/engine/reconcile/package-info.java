/**
 * Reconcile: a {@link org.corroborate.model.Story}'s articles compared with each other into a
 * {@link org.corroborate.model.StoryReport}: one entity across outlets
 * ({@link org.corroborate.engine.reconcile.EntityMerger}), one quotation across outlets with each wording
 * ({@link org.corroborate.engine.reconcile.QuoteGrouper}), passages one article took from another
 * ({@link org.corroborate.engine.reconcile.ReuseDetector}), and claims aligned into facts with verdicts and
 * independent-source counts ({@link org.corroborate.engine.reconcile.FactReconciler}).
 */
package org.corroborate.engine.reconcile;
