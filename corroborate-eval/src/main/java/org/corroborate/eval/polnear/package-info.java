/**
 * Attribution evaluation on PolNeAR (Newell, Margolin and Ruths, "An Attribution Relations Corpus for Political
 * News", LREC 2018): news articles whose attributions are annotated as BRAT standoff Source, Cue and Content
 * spans.
 *
 * <p>{@link org.corroborate.eval.polnear.PolnearReader} reads an article's text and its annotator's
 * attributions into {@link org.corroborate.eval.polnear.PolnearArticle}s;
 * {@link org.corroborate.eval.polnear.AttributionScorer} matches Corroborate's quotations against them and counts
 * into {@link org.corroborate.eval.polnear.AttributionScores}; {@link org.corroborate.eval.polnear.PolnearRunner}
 * runs the real analysis path over the articles and prints the report. Only the train and dev compartments are
 * read here; the held-out test compartment is scored elsewhere from {@code analyze --format json}.
 * Everything is non-null and thread-safe unless said otherwise.
 */
package org.corroborate.eval.polnear;
