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

    /** A token of quotation marks only: "“", "''", and runs the tokenizer keeps together, such as "’”". */
    static boolean isQuoteMark(Token t) {
        String w = t.text();
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if ("\"“”'‘’`„«»".indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
