/**
 * Annotate: from an {@link org.corroborate.model.Article} to an
 * {@link org.corroborate.model.AnnotatedArticle}. The {@link org.corroborate.engine.annotate.Annotator}
 * runs the {@link org.corroborate.engine.annotate.LanguageAnalyzer} port over the article's body blocks,
 * then groups mentions into entities ({@code entity}) and finds and normalizes time expressions
 * ({@code time}).
 */
package org.corroborate.engine.annotate;
