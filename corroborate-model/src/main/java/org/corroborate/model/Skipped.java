package org.corroborate.model;

import java.util.Objects;

/**
 * Parts of an input that were deliberately not read, because they hold no article: a web archive's request,
 * metadata and image records, for example. Not an error; reported so that the user can see what was left out.
 *
 * @param source the input as the user named it
 * @param count  how many parts were skipped, at least 1
 * @param reason what the parts were, for example {@code "WARC records that are not HTML pages (3 request, 1 image/png)"}
 */
public record Skipped(String source, int count, String reason) implements Ingested {

    public Skipped {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (count < 1) {
            throw new IllegalArgumentException(source + ": a skip report needs at least one skipped part, was " + count);
        }
    }
}
