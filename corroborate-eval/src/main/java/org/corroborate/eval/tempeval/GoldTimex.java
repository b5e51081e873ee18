package org.corroborate.eval.tempeval;

import java.util.Objects;
import org.corroborate.model.Span;

/**
 * One TIMEX3 of a TimeML document's text, as its annotators marked it.
 *
 * @param span  offsets into {@link TimeMlDocument#text()}
 * @param type  {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value ({@code 1998-08-07}, {@code P4Y}, {@code PRESENT_REF}); empty when the
 *              annotation has none
 */
public record GoldTimex(Span span, String text, String type, String value) {

    public GoldTimex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
