package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.engine.Chars;
import org.corroborate.model.Span;

/**
 * Finds the stretches of a paragraph that stand between quotation marks, as news sets them: curly double marks
 * (“…”, also „…“ and «…»), straight double marks ("…"), the doubled apostrophes of some wire and newspaper
 * archives (''…'', ``…''), and at the top level single marks (‘…’, '…') where no double mark is open, as
 * headlines use them. Single marks inside a double-quoted stretch are a quotation within the quotation and do
 * not end it; an apostrophe inside a word ("don’t", "Iglesias’") is never a mark.
 *
 * <p>A straight mark is an opening one when it follows white space, an opening bracket or dash, or the start of
 * the paragraph and precedes a non-space, and a closing one otherwise; where the context says nothing, it closes
 * an open stretch and opens one when none is open. A stretch still open at the end of the paragraph runs to its
 * end: news leaves a quotation open when the next paragraph continues it.
 *
 * <p>Thread-safe: holds no state.
 */
final class QuotationMarks {

    /**
     * One stretch between quotation marks.
     *
     * @param outer   from the opening mark to the closing mark, both included (to the paragraph's end when open)
     * @param content between the marks, without surrounding white space and without the comma or colon that
     *                American style puts inside the closing mark
     * @param closed  whether a closing mark ends it inside the paragraph
     * @param single  whether single marks set it off
     */
    record Quoted(Span outer, Span content, boolean closed, boolean single) {
    }

    private QuotationMarks() {
    }

    /** The top-level quoted stretches of {@code region} of {@code text}, in order, none empty. */
    static List<Quoted> scan(String text, Span region) {
        List<Quoted> out = new ArrayList<>();
        int end = region.end();
        int open = -1;
        int openLength = 0;
        boolean nestedOpen = false;
        int i = region.start();
        while (i < end) {
            char c = text.charAt(i);
            int run = markLength(text, i, end);
            if (run == 0) {
                i++;
                continue;
            }
            if (open < 0) {
                if (opensDouble(text, i, run, region)) {
                    open = i;
                    openLength = run;
                    nestedOpen = false;
                } else if (isSingle(c, run) && opensSingle(text, i, region)) {
                    int close = singleClose(text, i + 1, end);
                    if (close > 0) {
                        add(text, new Span(i, close + 1), i + 1, close, true, true, out);
                        i = close + 1;
                        continue;
                    }
                }
                i += run;
                continue;
            }
            if (isSingle(c, run)) {
                // Inside a double-quoted stretch a single mark opens or closes a nested quotation; only its state
                // matters, for telling the ''' of "…'old-school,'''" apart.
                if (opensSingle(text, i, region)) {
                    nestedOpen = true;
                } else if (nestedOpen && !isLetterOrDigit(text, i + 1)) {
                    nestedOpen = false;
                }
                i++;
                continue;
            }
            if (c == '\'' && run == 3) {
                // ''' : a nested single mark and the doubled closing mark, in either order.
                int closeAt = nestedOpen ? i + 1 : i;
                add(text, new Span(open, closeAt + 2), open + openLength, closeAt, true, false, out);
                open = -1;
                i += 3;
                continue;
            }
            if (closesDouble(text, i, run, region)) {
                add(text, new Span(open, i + run), open + openLength, i, true, false, out);
                open = -1;
                i += run;
                continue;
            }
            i += run;
        }
        if (open >= 0) {
            add(text, new Span(open, end), open + openLength, end, false, false, out);
        }
        return out;
    }

    /** True when the text at {@code offset} (a paragraph's first non-space char) is an opening mark. */
    static boolean startsWithOpeningMark(String text, Span region) {
        int i = region.start();
        while (i < region.end() && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        int run = markLength(text, i, region.end());
        return run > 0 && opensDouble(text, i, run, region);
    }

    /** How many chars of quotation mark start at {@code i}: 1, 2 for '' and ``, 3 for ''', or 0 for none. */
    private static int markLength(String text, int i, int end) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '”', '„', '«', '»', '"', '‘', '’' -> {
                return 1;
            }
            case '\'', '`' -> {
                int n = 1;
                while (i + n < end && text.charAt(i + n) == c && n < 3) {
                    n++;
                }
                if (c == '\'' && n == 1 && isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1)) {
                    return 0; // an apostrophe inside a word
                }
                return c == '`' && n == 1 ? 1 : n;
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean isSingle(char c, int run) {
        return run == 1 && (c == '‘' || c == '’' || c == '\'' || c == '`');
    }

    private static boolean opensDouble(String text, int i, int run, Span region) {
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«' || c == '`' && run == 2) {
            return true;
        }
        if (c == '”' && openingContext(text, i, region) && isLetterOrDigit(text, i + 1)) {
            return true; // a closing mark typed for an opening one: ”Fear. I am afraid …”
        }
        if (c == '"' || c == '\'' && run == 2) {
            return openingContext(text, i, region) || !closingContext(text, i + run, region);
        }
        return false;
    }

    private static boolean closesDouble(String text, int i, int run, Span region) {
        char c = text.charAt(i);
        if (c == '”' || c == '»' || c == '“' && !openingContext(text, i, region)) {
            return true; // a curly opening mark where a closing one belongs is a typing slip
        }
        if (c == '"' || c == '\'' && run == 2) {
            return !openingContext(text, i, region) || closingContext(text, i + run, region);
        }
        return false;
    }

    /** A single mark that opens: after space, a bracket or a dash (or at the start), before a letter or digit. */
    private static boolean opensSingle(String text, int i, Span region) {
        char c = text.charAt(i);
        return (c == '‘' || c == '\'' || c == '`') && openingContext(text, i, region) && isLetterOrDigit(text, i + 1)
                && !isDigit(text, i + 1); // ’90s, '08: an elided century, not a mark
    }

    /** The closing single mark of a top-level single-quoted stretch opened before {@code from}, or -1. */
    private static int singleClose(String text, int from, int end) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '“' || c == '"') {
                return -1;
            }
            if ((c == '’' || c == '\'') && !isLetterOrDigit(text, j + 1) && j > from
                    && !Chars.isSpace(text.charAt(j - 1))) {
                if (text.charAt(j - 1) == 's' && j + 1 < end && text.charAt(j + 1) == ' ' && isLetterOrDigit(text, j + 2)
                        && Character.isLowerCase(text.charAt(j + 2))) {
                    continue; // a plural possessive ("the players’ union"), not the closing mark
                }
                return j;
            }
        }
        return -1;
    }

    private static boolean openingContext(String text, int i, Span region) {
        if (i <= region.start()) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Chars.isSpace(p) || "([{—–-/:".indexOf(p) >= 0 || p == '“' || p == '‘' || p == '"';
    }

    private static boolean closingContext(String text, int after, Span region) {
        if (after >= region.end()) {
            return true;
        }
        char n = text.charAt(after);
        return Chars.isSpace(n) || ".,;:!?)]}—–-…".indexOf(n) >= 0 || n == '”' || n == '’' || n == '\'';
    }

    private static boolean isLetterOrDigit(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static void add(String text, Span outer, int contentStart, int contentEnd, boolean closed, boolean single,
            List<Quoted> out) {
        Span content = trim(text, new Span(contentStart, Math.max(contentStart, contentEnd)));
        if (!content.isEmpty()) {
            out.add(new Quoted(outer, content, closed, single));
        }
    }

    /** Drops surrounding white space and the comma or colon kept inside the closing mark. */
    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':')) {
            e--;
        }
        return new Span(s, e);
    }
}
