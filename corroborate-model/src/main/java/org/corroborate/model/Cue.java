package org.corroborate.model;

import java.util.Objects;

/** The words that mark speech: "said", "told", "according to". {@code text} is the text at {@code span}. */
public record Cue(Span span, String text) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
