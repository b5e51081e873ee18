/**
 * The records that flow one way through Corroborate's stages:
 * {@link org.corroborate.model.Document} (ingest) → {@link org.corroborate.model.Article} (clean) →
 * {@link org.corroborate.model.AnnotatedArticle} (annotate) → {@link org.corroborate.model.ArticleFacts}
 * (extract) → {@link org.corroborate.model.Story} (cluster) → {@link org.corroborate.model.StoryReport}
 * (reconcile).
 *
 * <p>Every type here is an immutable record or enum: compact constructors validate their arguments and copy
 * lists, so a value, once built, is safe to share between threads. Every {@link org.corroborate.model.Span}
 * is a half-open range of Java char offsets into the text of the article it belongs to; records that print a
 * span's text also carry it, checked against nothing here but produced by the stages from that same text.
 *
 * <p>Everything is non-null; what may be absent is an {@link java.util.Optional}. This package depends on
 * nothing but the JDK.
 */
package org.corroborate.model;
