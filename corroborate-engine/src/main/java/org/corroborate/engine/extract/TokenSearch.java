package org.corroborate.engine.extract;

import java.util.List;
import org.corroborate.model.Token;

/** Look-ups in an article's token list, which is in text order. Thread-safe: static. */
final class TokenSearch {

    private TokenSearch() {
    }

    /** The index of the first token ending after {@code offset} (the token holding it, or the next one). */
    static int firstFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first token starting at or after {@code offset}. */
    static int firstStartingFrom(List<Token> tokens, int offset) {
        int k = firstFrom(tokens, offset);
        while (k < tokens.size() && tokens.get(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    /** The index just past the last token ending at or before {@code offset}. */
    static int endBefore(List<Token> tokens, int offset) {
        int k = firstFrom(tokens, offset);
        return k;
    }

    static boolean isQuoteMark(Token t) {
        String w = t.text();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``") || w.equals("'''")
                || w.equals("‘") || w.equals("’") || w.equals("'") || w.equals("„") || w.equals("«") || w.equals("»");
    }

    static boolean isSentenceEnd(Token t) {
        String w = t.text();
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…") || w.equals("...");
    }
}
