package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an article says a claim comes from: a person quoted, or an outlet cited ("per Complex").
 *
 * @param source the canonical name of the speaker or the cited outlet
 * @param via    the medium or outlet it passed through ("Entertainment Tonight"), when the article says
 */
public record Attribution(String source, Optional<String> via) {

    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(via, "via");
    }
}
