/**
 * The article-extraction evaluation: how well the clean stage finds an HTML page's article body, scored on
 * the scrapinghub article-extraction benchmark's pages with that benchmark's own metric.
 *
 * <p>{@link org.corroborate.eval.extraction.ArticleExtractionBenchmark} reads the pages and their ground
 * truth; {@link org.corroborate.eval.extraction.ShingleScorer} is the metric (F1 over word 4-gram shingles);
 * {@link org.corroborate.eval.extraction.ArticleExtractionEvaluator} runs ingest and clean over the pages,
 * scores them and measures throughput. Everything is non-null unless it is an {@link java.util.Optional}.
 */
package org.corroborate.eval.extraction;
