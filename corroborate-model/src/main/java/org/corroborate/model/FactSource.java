package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One article's support for a fact.
 *
 * @param value  the value as this article gives it
 * @param span   the evidence in this article's text
 * @param via    the interview, outlet or person the article credits, when it credits one
 * @param origin who the support comes from in the end, as a name for people: the credited speaker or outlet, the
 *               quotation's speaker, the article a copied passage came from, or the article's outlet when it
 *               credits nobody. Sources with the same origin are one independent source:
 *               {@link Fact#independentSources()} is the number of distinct origins among a fact's sources.
 */
public record FactSource(String article, Stance stance, String value, Span span, Optional<String> via, String origin) {

    public FactSource {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(via, "via");
        // Records stored before origins were kept read back without one: the article was its own origin then.
        origin = origin == null || origin.isBlank() ? article : origin;
    }

    /** A source that is its own origin. */
    public FactSource(String article, Stance stance, String value, Span span, Optional<String> via) {
        this(article, stance, value, span, via, article);
    }
}
