package org.corroborate.model;

/** What a {@link Document}'s content is written in, as recognised from the content itself. */
public enum Format implements Labelled {
    /** Plain text: it becomes the article's text verbatim. */
    TEXT,
    /** An HTML page: the article's text is what extraction keeps of it. */
    HTML
}
