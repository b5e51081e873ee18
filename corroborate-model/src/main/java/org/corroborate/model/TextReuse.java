package org.corroborate.model;

import java.util.Objects;

/**
 * A passage that one article of a story took from another, word for word or lightly rewritten: one or more
 * consecutive sentences of {@code to} whose wording follows consecutive sentences of {@code from} far more
 * closely than two independent reports of the same facts do. Shared words inside quotation marks do not make
 * reuse by themselves (two outlets quoting one speaker is no copying); the words around them must match too.
 *
 * <p>What it means for counting sources: what {@code to} says inside {@code toSpan} is a copy of what
 * {@code from} says inside {@code fromSpan}, so a fact stated there has {@code from}'s origin, not a second one.
 *
 * @param from       the article the passage most likely came from: the one published first when
 *                   {@code directed}, else the one that joined the story first
 * @param fromSpan   the passage in {@code from}: whole sentences, from the first one's start to the last one's end
 * @param to         the article that reuses it
 * @param toSpan     the passage in {@code to}, likewise whole sentences
 * @param similarity from 0 to 1, the share of the two passages' words that line up in order (1 is a verbatim copy;
 *                   two words changed in a 30-word sentence give about 0.93)
 * @param directed   true when the publication times say which came first; false when either is unknown or both
 *                   are the same, so that {@code from} and {@code to} could be the other way round
 */
public record TextReuse(String from, Span fromSpan, String to, Span toSpan, double similarity, boolean directed) {

    public TextReuse {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromSpan, "fromSpan");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toSpan, "toSpan");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity " + similarity + " is not between 0 and 1");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("article " + from + " cannot reuse its own text");
        }
    }

    /** A reuse whose direction the publication times settled. */
    public TextReuse(String from, Span fromSpan, String to, Span toSpan, double similarity) {
        this(from, fromSpan, to, toSpan, similarity, true);
    }
}
