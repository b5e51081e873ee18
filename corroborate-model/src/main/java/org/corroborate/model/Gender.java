package org.corroborate.model;

/** The grammatical gender an entity is referred to with, as far as the text shows it. */
public enum Gender implements Labelled {
    FEMALE,
    MALE,
    /** "it": organisations, places, things. */
    NEUTER,
    UNKNOWN
}
