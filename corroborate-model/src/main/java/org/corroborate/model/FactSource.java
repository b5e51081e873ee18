package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One article's support for a fact.
 *
 * @param value the value as this article gives it
 * @param span  the evidence in this article's text
 * @param via   the interview, outlet or person the article credits, when it credits one
 */
public record FactSource(String article, Stance stance, String value, Span span, Optional<String> via) {

    public FactSource {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(via, "via");
    }
}
