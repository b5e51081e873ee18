/**
 * Ingest: from what the user names (files, directories, globs, URLs, {@code -} for stdin) to
 * {@link org.corroborate.model.Document}s, recognising each input's format by its content.
 *
 * <p>{@link org.corroborate.engine.ingest.Sources} expands names into {@link org.corroborate.engine.ingest.Input}s.
 * The {@link org.corroborate.engine.ingest.Ingestor} reads one input as a stream: it peels gzip, lets
 * {@code ContentSniffer} recognise the content from its first bytes, and hands it to the reader for that
 * format ({@code WebArchiveReader}, {@code NewsPleaseReader}, {@code FeedReader}) or decodes a whole page or
 * text ({@code TextDecoding}); a URL is fetched first by {@code PageFetcher}, which asks {@code RobotsPolicy}.
 * Each document, problem ({@link org.corroborate.model.Unreadable}) or skip report
 * ({@link org.corroborate.model.Skipped}) goes to the caller's sink as soon as it is read, so memory holds
 * one document at a time. {@link org.corroborate.engine.ingest.IngestLimits} bounds size, time and redirects;
 * {@link org.corroborate.engine.ingest.PublicationDates} reads the dates containers and pages give.
 *
 * <p>Nothing here throws for bad content. Everything is non-null unless it is an {@link java.util.Optional};
 * every public type is thread-safe once built.
 */
package org.corroborate.engine.ingest;
