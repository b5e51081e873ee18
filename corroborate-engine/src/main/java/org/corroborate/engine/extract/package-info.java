/**
 * Extract: from an {@link org.corroborate.model.AnnotatedArticle} to
 * {@link org.corroborate.model.ArticleFacts}: the quotations with their speakers
 * ({@link org.corroborate.engine.extract.QuoteExtractor}) and the claims
 * ({@link org.corroborate.engine.extract.ClaimExtractor}).
 */
package org.corroborate.engine.extract;
