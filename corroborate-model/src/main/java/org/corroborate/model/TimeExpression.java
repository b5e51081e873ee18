package org.corroborate.model;

import java.util.Objects;

/**
 * A time expression and its normalized value.
 *
 * @param value a TIMEX3 value: {@code 2001-08-25}, {@code 2001-08}, {@code 2001}, {@code P4Y},
 *              {@code 2001-W34}; {@code X}s stand for what the text leaves open ({@code XXXX-09-11} for
 *              "September 11" when no year can be inferred)
 */
public record TimeExpression(Span span, String text, TimeKind kind, String value) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
