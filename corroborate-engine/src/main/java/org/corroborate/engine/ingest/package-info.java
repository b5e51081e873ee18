/**
 * Ingest: from what the user names (files, directories, globs, {@code -} for stdin) to
 * {@link org.corroborate.model.Document}s, recognising each input's format by its content.
 *
 * <p>{@link org.corroborate.engine.ingest.Sources} expands names into inputs; the
 * {@link org.corroborate.engine.ingest.Ingestor} reads one input into the documents it holds (one for a
 * page, many for a JSON Lines file) or an {@link org.corroborate.model.Unreadable} that says what is wrong
 * with it. Nothing here throws for bad content.
 */
package org.corroborate.engine.ingest;
