package org.corroborate.model;

import java.util.Objects;

/**
 * The value a claim states.
 *
 * @param text       as the article words it ("Aug. 2001")
 * @param normalized in a form comparable across articles ("2001-08"; "22"; "plane crash")
 */
public record ClaimValue(String text, String normalized, ValueKind kind) {

    public ClaimValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(kind, "kind");
    }
}
