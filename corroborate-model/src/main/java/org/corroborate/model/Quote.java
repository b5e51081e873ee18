package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation and who said it.
 *
 * @param span   the quoted content, without the quotation marks
 * @param text   the text at {@code span}
 * @param medium whom or where the words were said to ("Entertainment Tonight", "reporters")
 * @param via    the outlet or person that reported them, when the article cites one ("According to People")
 */
public record Quote(
        Span span,
        String text,
        QuoteKind kind,
        Optional<Speaker> speaker,
        Optional<Cue> cue,
        Optional<String> medium,
        Optional<String> via) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(via, "via");
    }
}
