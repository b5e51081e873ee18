package org.corroborate.model;

/** What a claim's value is, which decides how two values compare. */
public enum ValueKind implements Labelled {
    /** A TIMEX3 date value: two dates agree, one contains the other (more specific), or they conflict. */
    DATE,
    /** A number: equal or in conflict. */
    NUMBER,
    /** A place: the same place, one inside the other, or different. */
    PLACE,
    /** An entity's canonical name. */
    ENTITY,
    /** A phrase ("plane crash"): the same, a paraphrase, a kind of the other, or different. */
    TEXT
}
