package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quotation is attributed to.
 *
 * @param span   where the article names the speaker for this quote ("the actress", "Hewitt", "she")
 * @param text   the text at {@code span}
 * @param name   the speaker's canonical name, when the mention could be resolved to a named entity
 * @param entity the {@link Entity#id()} of the speaker in the same article, when resolved
 */
public record Speaker(Span span, String text, Optional<String> name, Optional<String> entity) {

    public Speaker {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
    }
}
