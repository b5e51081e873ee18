/**
 * Cluster: which articles report one story. Streaming: each article joins the best-matching story seen so far
 * or opens a new one ({@link org.corroborate.engine.cluster.StoryClusterer}).
 *
 * <p>How the parts fit: {@link org.corroborate.engine.cluster.ArticleProfiler} turns an analysed article into an
 * {@link org.corroborate.engine.cluster.ArticleProfile} (name and word features, a
 * {@link org.corroborate.engine.cluster.MinHash} of its wording, an
 * {@link org.corroborate.engine.cluster.Embedding} of its lead from a
 * {@link org.corroborate.engine.cluster.SentenceEncoder}, {@link org.corroborate.engine.cluster.MiniLmEncoder} in
 * production), on any thread; the clusterer then finds candidate stories through an inverted index and LSH bands
 * (so that the cost per article does not grow with the number of stories), scores them with a
 * {@code MatchModel} and joins or opens. {@link org.corroborate.engine.cluster.ClusterSettings} holds what a
 * caller may set. Everything is non-null.
 */
package org.corroborate.engine.cluster;
