package org.corroborate.model;

/** How a quotation is reported. */
public enum QuoteKind implements Labelled {
    /** The speaker's words in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that …", "according to X, …". */
    INDIRECT,
    /** Reported speech that quotes part of the words: "X said the case was "closed"". */
    MIXED,
    /** Paragraphs of the speaker's words set off without quotation marks, usually after a colon. */
    BLOCK
}
