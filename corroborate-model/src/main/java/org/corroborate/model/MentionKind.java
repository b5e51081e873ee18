package org.corroborate.model;

/** How a mention names its entity. */
public enum MentionKind implements Labelled {
    /** A proper name: "Jennifer Love Hewitt", "Hewitt". */
    NAME,
    /** A description: an epithet, role or title ("the Heartbeat singer", "the actress", "the music mogul"). */
    NOMINAL,
    /** A pronoun: "she", "his". */
    PRONOUN
}
