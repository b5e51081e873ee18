package org.corroborate.model;

import java.util.Objects;

/** One place where an article refers to an entity. {@code text} is the text at {@code span}. */
public record Mention(Span span, String text, MentionKind kind) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
