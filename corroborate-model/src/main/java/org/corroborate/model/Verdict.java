package org.corroborate.model;

/** What a story's outlets together say of one fact. */
public enum Verdict implements Labelled {
    /** Two or more outlets state it and none contradicts it. */
    AGREED,
    /** Outlets agree, and at least one states it more precisely than another. */
    MORE_SPECIFIC,
    /** Outlets give incompatible values. */
    CONFLICT,
    /** Only one outlet states it. */
    SINGLE_SOURCE
}
