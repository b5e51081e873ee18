/**
 * Benchmarks of cost at scale, run by hand (never as tests, which do not assert on time):
 * {@link org.corroborate.eval.scale.ClusteringBenchmark} streams synthetic articles of growing number through
 * the story clusterer and compares its cost per article with comparing each article against every story.
 */
package org.corroborate.eval.scale;
