package org.corroborate.engine.annotate;

import org.corroborate.model.Gender;

/**
 * Word knowledge a toolkit may bring besides its taggers: for now the gender a given name usually has
 * ("Jennifer" female, "Damon" male), which entity resolution uses to keep pronouns to people they can mean.
 * Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Lexicon {

    /** Knows no name: every name's gender is unknown. */
    Lexicon NONE = name -> Gender.UNKNOWN;

    /** The gender {@code givenName} (any case) usually has; {@link Gender#UNKNOWN} when unlisted or used for both. */
    Gender givenNameGender(String givenName);
}
