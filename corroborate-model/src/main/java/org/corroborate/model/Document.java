package org.corroborate.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One input, decoded to text, with where it came from.
 *
 * @param source    the input as the user named it (see {@link Ingested#source()})
 * @param url       the page's address, when known (a URL input, a WARC record, a JSON field)
 * @param fetchedAt when the content was fetched, when known
 * @param format    what the content is written in
 * @param content   the decoded content: plain text or HTML
 * @param hints     metadata the container supplied (JSON fields, HTTP headers, feed items)
 */
public record Document(
        String source,
        Optional<URI> url,
        Optional<Instant> fetchedAt,
        Format format,
        String content,
        Metadata hints) implements Ingested {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hints, "hints");
    }

    /** A plain-text document with no URL, fetch time or hints. */
    public static Document text(String source, String content) {
        return new Document(source, Optional.empty(), Optional.empty(), Format.TEXT, content, Metadata.EMPTY);
    }
}
