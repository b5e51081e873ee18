package org.corroborate.eval.polnear;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Span;

/**
 * One quotation as {@code analyze --format json} gives it, reduced to what the scorer reads: the quote's
 * {@code start}/{@code end}, its speaker's {@code start}/{@code end}, and the mentions of the entity the speaker
 * resolves to ({@code speaker.entity} looked up in the article's {@code entities}).
 */
public record PredictedQuote(Span span, Optional<Span> speaker, List<Span> speakerMentions) {

    public PredictedQuote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        speakerMentions = List.copyOf(speakerMentions);
    }
}
