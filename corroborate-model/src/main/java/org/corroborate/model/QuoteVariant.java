package org.corroborate.model;

import java.util.Objects;

/**
 * One outlet's wording of a quotation.
 *
 * @param span the quotation's span in that article
 * @param text the speaker's words there: the quote's {@linkplain Quote#words parts}, joined by " … " where the
 *             article interrupts them, so the same as the text at {@code span} unless a cue splits the quote
 */
public record QuoteVariant(String article, Span span, String text) {

    public QuoteVariant {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
