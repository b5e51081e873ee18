/**
 * ECB+ story-clustering evaluation (Cybulska and Vossen, "Using a sledgehammer to crack a nut? Lexical diversity
 * and event coreference resolution", LREC 2014): each topic of the corpus holds two events of one kind, one
 * folder each, and a good clustering keeps them apart.
 *
 * <p>{@link org.corroborate.eval.ecbplus.EcbPlusCorpus} reads the folder layout into
 * {@link org.corroborate.eval.ecbplus.EcbPlusDocument}s; {@link org.corroborate.eval.ecbplus.EcbPlusEvaluation}
 * runs them through the pipeline {@code analyze} runs and scores its stories with
 * {@link org.corroborate.eval.ecbplus.BCubed}. Only the development topics (1-35) are read here; the held-out
 * topics are scored elsewhere from {@code analyze --format json}. Everything is non-null and thread-safe.
 */
package org.corroborate.eval.ecbplus;
