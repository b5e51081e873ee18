package org.corroborate.model;

/** What ingesting one input gives: a {@link Document}, or the reason it could not be read. */
public sealed interface Ingested permits Document, Unreadable {

    /** The input as the user named it: a path, a URI, {@code -} for stdin, or a part of one ({@code a.warc.gz#3}). */
    String source();
}
