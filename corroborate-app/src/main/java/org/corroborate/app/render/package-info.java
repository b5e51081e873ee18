/**
 * Rendering: analysed articles and story reports as the output contract's JSON and JSON Lines
 * ({@link org.corroborate.app.render.ContractJson}), Markdown for people
 * ({@link org.corroborate.app.render.MarkdownReport}) and one self-contained HTML page
 * ({@link org.corroborate.app.render.HtmlReport}). Renderers are stateless and thread-safe.
 */
package org.corroborate.app.render;
