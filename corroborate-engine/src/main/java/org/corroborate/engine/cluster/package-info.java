/**
 * Cluster: which articles report one story. Streaming: each article joins the best-matching story seen so
 * far or opens a new one, finding candidate stories through an inverted index so that the cost grows with
 * the number of shared features, not with the number of stories.
 */
package org.corroborate.engine.cluster;
