package org.corroborate.engine.annotate;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Sentence;
import org.corroborate.model.Token;

/**
 * Joins sentences a splitter broke at an abbreviation's full stop inside one sentence. American papers bracket a
 * legislator's party and state after the name ("Sen. Ada Rusk (D-Ore.), a first-term senator, said …"), and a
 * splitter that takes "Ore." for a sentence's end starts the next "sentence" with a comma, leaving the speaker
 * and the verb in two sentences. A sentence that opens with a comma, semicolon, colon or closing bracket, or
 * with a lower-case word, continues the one before it in the same block.
 *
 * <p>Thread-safe: holds no state.
 */
final class SentenceRepair {

    private SentenceRepair() {
    }

    /** {@code sentences} (in text order, over {@code tokens}) with each continuation joined to the one before. */
    static List<Sentence> join(List<Sentence> sentences, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!out.isEmpty() && out.get(out.size() - 1).block() == s.block() && continues(tokens.get(s.firstToken()))) {
                Sentence before = out.remove(out.size() - 1);
                s = new Sentence(before.span().cover(s.span()), before.firstToken(), s.endToken(), s.block());
            }
            out.add(s);
        }
        return out;
    }

    private static boolean continues(Token first) {
        String w = first.text();
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(")")) {
            return true;
        }
        // "iPhone", "eBay": a brand's lower-case first letter is no continuation.
        return Character.isLowerCase(w.charAt(0)) && (w.length() == 1 || !Character.isUpperCase(w.charAt(1)));
    }
}
