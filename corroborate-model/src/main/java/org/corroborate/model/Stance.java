package org.corroborate.model;

/** How one article's claim relates to the fact it was aligned with. */
public enum Stance implements Labelled {
    STATES,
    MORE_SPECIFIC,
    LESS_SPECIFIC,
    CONFLICTS
}
