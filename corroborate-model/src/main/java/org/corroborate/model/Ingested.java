package org.corroborate.model;

/**
 * What ingesting one input gives: a {@link Document}, the reason part of it could not be read
 * ({@link Unreadable}), or a count of parts deliberately left out ({@link Skipped}).
 */
public sealed interface Ingested permits Document, Unreadable, Skipped {

    /** The input as the user named it: a path, a URI, {@code -} for stdin, or a part of one ({@code a.warc.gz#3}). */
    String source();
}
