package org.corroborate.model;

import java.util.Objects;

/** One block of an article's text (a paragraph, a caption, a line of boilerplate) and what it is. */
public record Block(Span span, BlockKind kind) {

    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
