package org.corroborate.model;

/** The TIMEX3 type of a time expression. */
public enum TimeKind implements Labelled {
    DATE,
    TIME,
    DURATION,
    SET
}
