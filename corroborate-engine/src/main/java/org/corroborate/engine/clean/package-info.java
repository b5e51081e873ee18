/**
 * Clean: from a {@link org.corroborate.model.Document} to an {@link org.corroborate.model.Article}, knowing
 * its title, byline, outlet, date and language, and which blocks of its text are body, captions or boilerplate.
 *
 * <p>{@link org.corroborate.engine.clean.ArticleCleaner} is the stage; it dispatches on the document's format.
 * Plain text is never cut: {@link org.corroborate.engine.clean.PlainTextCleaner} reports each line as a block
 * of the verbatim text. HTML is reduced to its main text by {@link org.corroborate.engine.clean.HtmlCleaner},
 * which combines {@code PageMetadataReader} and {@code LinkedData} (what the page says about itself),
 * {@code MainContentLocator} (which elements hold the article, by Readability's scoring),
 * {@code BlockCollector} (the text of those elements, block by block, with its source range) and
 * {@code ElementHints} (what class names and tags say a block is). {@code BoilerplateLines} recognises
 * boilerplate by its words in both formats. {@link org.corroborate.engine.clean.MainText} gives an article's
 * text without boilerplate and captions; {@link org.corroborate.engine.clean.ArticleIds} its stable id.
 *
 * <p>Everything is non-null unless it is an {@link java.util.Optional}; every public type is thread-safe.
 */
package org.corroborate.engine.clean;
