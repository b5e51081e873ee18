package org.corroborate.engine.clean;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.engine.Chars;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Span;
import org.jsoup.nodes.Element;

/**
 * One run of text of an HTML page between two block-level boundaries, as a reader sees it: white space
 * collapsed, {@code <br>} kept as a line break.
 *
 * @param text      the text, stripped, never empty
 * @param owner     the innermost block-level element holding the text
 * @param kind      what the text is, as far as the page's markup says
 * @param linkChars how many of the text's non-space chars lie inside links
 * @param origin    the range of the page's markup the text came from, when positions were tracked
 */
record TextBlock(String text, Element owner, BlockKind kind, int linkChars, Optional<Span> origin) {

    TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
    }

    /** The share of the text's non-space chars that are link text, from 0 to 1. */
    double linkDensity() {
        int chars = nonSpaceChars();
        return chars == 0 ? 0 : Math.min(1, linkChars / (double) chars);
    }

    int nonSpaceChars() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    TextBlock withKind(BlockKind newKind) {
        return new TextBlock(text, owner, newKind, linkChars, origin);
    }
}
