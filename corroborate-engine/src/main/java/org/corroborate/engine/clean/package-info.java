/**
 * Clean: from a {@link org.corroborate.model.Document} to an {@link org.corroborate.model.Article}, knowing
 * its title, byline, outlet and date, and which blocks of its text are body, captions or boilerplate.
 *
 * <p>{@link org.corroborate.engine.clean.ArticleCleaner} dispatches on the document's format. Plain text is
 * never cut: boilerplate is reported as blocks of the verbatim text
 * ({@link org.corroborate.engine.clean.PlainTextCleaner}); HTML is reduced to its main text
 * ({@link org.corroborate.engine.clean.HtmlCleaner}).
 */
package org.corroborate.engine.clean;
