/**
 * The stages of Corroborate, one package each, and the runner that chains them.
 *
 * <p>{@code ingest} reads inputs into {@link org.corroborate.model.Document}s; {@code clean} turns a document
 * into an {@link org.corroborate.model.Article}; {@code annotate} finds sentences, entities and time
 * expressions through the {@link org.corroborate.engine.annotate.LanguageAnalyzer} port; {@code extract}
 * finds quotations and claims; {@code cluster} groups articles into stories; {@code reconcile} compares a
 * story's articles; {@code pipeline} runs them all over many inputs.
 *
 * <p>Each stage is a {@link org.corroborate.engine.Stage}: built once with its models and settings, then a
 * stateless, thread-safe function from one record to the next. No framework type appears in a signature
 * here. Everything is non-null unless it is an {@link java.util.Optional}.
 */
package org.corroborate.engine;
