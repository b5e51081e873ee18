package org.corroborate.model;

/**
 * What a {@link Block} of an article's text is. The first kinds are the article's own content; the kinds from
 * {@link #NAVIGATION} on are boilerplate, reported but left out of analysis.
 */
public enum BlockKind implements Labelled {
    TITLE,
    HEADING,
    PARAGRAPH,
    /** A quotation set off as a block (an HTML {@code blockquote}). */
    BLOCKQUOTE,
    /** A picture's caption: kept, but not body text. */
    CAPTION,

    NAVIGATION,
    /** "READ MORE: …" and similar links to other articles inside the body. */
    READ_MORE,
    RELATED,
    GALLERY,
    TAGS,
    /** Image and photo credits. */
    CREDIT,
    /** The author block: "Written by …", a bio, an article count. */
    AUTHOR,
    SHARE,
    COMMENTS,
    /** Cookie, subscription and legal notices. */
    NOTICE,
    NEWSLETTER,
    ADVERTISEMENT,
    /** The outlet's own promotion: "More From KISS FM 96.9", "Featured Video", "Show More". */
    PROMOTION,
    /** A line the article repeats verbatim, such as a doubled caption. */
    REPEATED,
    OTHER_BOILERPLATE;

    public boolean isBoilerplate() {
        return ordinal() >= NAVIGATION.ordinal();
    }

    /** True for the blocks whose sentences are analysed: everything but captions and boilerplate. */
    public boolean isBody() {
        return ordinal() < CAPTION.ordinal();
    }
}
