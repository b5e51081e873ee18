package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One block of an article's text (a paragraph, a caption, a line of boilerplate) and what it is.
 *
 * @param span   where the block lies in the article's text
 * @param kind   what the block is
 * @param origin where the block came from in its {@link Document}'s content (char offsets, end exclusive):
 *               for plain text the same range as {@code span}; for HTML the markup from the block's first text
 *               to its last; empty when not known
 */
public record Block(Span span, BlockKind kind, Optional<Span> origin) {

    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
    }

    /** A block whose origin in the document is not known. */
    public Block(Span span, BlockKind kind) {
        this(span, kind, Optional.empty());
    }
}
