/**
 * GAP pronoun-resolution evaluation (Webster et al., "Mind the GAP: A Balanced Corpus of Gendered Ambiguous
 * Pronouns", TACL 2018), in the snippet-context setting: only the snippet's text is read, never its URL.
 *
 * <p>{@link org.corroborate.eval.gap.GapReader} reads GAP's TSV files into
 * {@link org.corroborate.eval.gap.GapExample}s; {@link org.corroborate.eval.gap.GapRunner} runs each snippet
 * through the path {@code corroborate analyze} takes with a plain-text input (clean, then annotate) and reads
 * from the resulting entities whether the pronoun's entity holds each candidate name;
 * {@link org.corroborate.eval.gap.GapScores} counts as GAP's official {@code gap_scorer.py} counts. Only the
 * development and validation files are read here; the held-out test file is scored elsewhere from the
 * {@code analyze --format json} entities, which hold exactly what this package decides from. Everything is
 * non-null and thread-safe.
 */
package org.corroborate.eval.gap;
