package org.corroborate.model;

import java.util.Objects;

/** A document that holds no article (an index page, an empty body, a binary file), and why. */
public record NotAnArticle(String source, String reason) implements Extracted {

    public NotAnArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
