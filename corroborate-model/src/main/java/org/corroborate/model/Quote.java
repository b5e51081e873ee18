package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation and who said it.
 *
 * @param span   what is attributed: the quoted words of a direct quote (marks excluded), from its first part to
 *               its last when a cue splits it ("…," she said, "…"); the reported clause of indirect and mixed
 *               speech; the paragraph of a block quote
 * @param text   the text at {@code span}
 * @param medium whom or where the words were said to ("Entertainment Tonight", "reporters")
 * @param via    the outlet or person that reported them, when the article cites one ("According to People")
 * @param parts  the stretches of {@code span} in the speaker's own words, in order: the quoted text of a direct
 *               quote (two or more when a cue splits it or it runs over paragraphs), the quoted fragments of a
 *               mixed quote, the paragraph of a block quote; empty for indirect speech
 */
public record Quote(
        Span span,
        String text,
        QuoteKind kind,
        Optional<Speaker> speaker,
        Optional<Cue> cue,
        Optional<String> medium,
        Optional<String> via,
        List<Span> parts) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(via, "via");
        // Quotes stored before parts existed read back without them: their words are their span.
        parts = parts == null ? wholeOf(kind, span) : List.copyOf(parts);
        int last = span.start();
        for (Span p : parts) {
            if (p.start() < last || p.end() > span.end()) {
                throw new IllegalArgumentException("quote " + span + ": part " + p + " lies outside it or out of order");
            }
            last = p.end();
        }
    }

    /** A quote whose words are its whole span (none for indirect speech). */
    public Quote(Span span, String text, QuoteKind kind, Optional<Speaker> speaker, Optional<Cue> cue,
            Optional<String> medium, Optional<String> via) {
        this(span, text, kind, speaker, cue, medium, via, wholeOf(kind, span));
    }

    /** The speaker's own words: the text of each part, joined by " … " where the article interrupts them. */
    public String words(String articleText) {
        StringBuilder out = new StringBuilder();
        for (Span p : parts) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            out.append(p.of(articleText));
        }
        return out.toString();
    }

    private static List<Span> wholeOf(QuoteKind kind, Span span) {
        return kind == QuoteKind.INDIRECT ? List.of() : List.of(span);
    }
}
