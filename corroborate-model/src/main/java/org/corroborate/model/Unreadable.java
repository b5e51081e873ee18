package org.corroborate.model;

import java.util.Objects;

/** An input that could not be read, and why, in words that name the problem and, where there is one, the fix. */
public record Unreadable(String source, String reason) implements Ingested {

    public Unreadable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
