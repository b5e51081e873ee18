package org.corroborate.engine;

/** Character classes the engine reads text by, where Java's own fall short of what news text holds. */
public final class Chars {

    private Chars() {
    }

    /**
     * White space as a reader sees it: what {@link Character#isWhitespace} takes, and the no-break spaces it
     * leaves out (U+00A0, U+2007, U+202F), which pages and wire copy put before a closing quotation mark, in
     * "Aug.&nbsp;25" and between a quotation and its cue.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
