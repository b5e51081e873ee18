package org.corroborate.model;

import java.util.Objects;

/**
 * A passage of one article that another copied or rewrote.
 *
 * @param from       the article the passage most likely came from (the earlier one, when dates are known)
 * @param to         the article that reuses it
 * @param similarity from 0 to 1: 1 is a verbatim copy
 */
public record TextReuse(String from, Span fromSpan, String to, Span toSpan, double similarity) {

    public TextReuse {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromSpan, "fromSpan");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toSpan, "toSpan");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity " + similarity + " is not between 0 and 1");
        }
    }
}
