package org.corroborate.model;

import java.util.Objects;

/** One outlet's wording of a quotation: the span in that article and its text. */
public record QuoteVariant(String article, Span span, String text) {

    public QuoteVariant {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
