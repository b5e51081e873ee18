package org.corroborate.engine.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.Sentence;
import org.corroborate.model.Token;

/**
 * Takes back the name classes the tagger gives the words of a headline set in title case ("… Battling Personal
 * Trauma After Tragic Death of Aaliyah While Shooting Hero") unless the prose names those words too. In such a
 * line every word is capitalised, so capitals say nothing: the tagger reads "Personal Trauma" and "Shooting Hero"
 * as organisations. A headline's real names come back in the prose, the sentences not in title case, where they
 * are written as names; the words the prose tags as names keep their class in the headline. Any sentence in title
 * case counts as a headline, wherever it stands: pages repeat their headline in the text and list others'.
 */
public final class HeadlineNames {

    /**
     * Words this short ("of", "the", "in", "a") may stay lower case in title case, so they are not counted; every
     * longer one must be capitalised, as prose seldom has it ("Ansel Dorr, 58, was arrested on Monday" is not).
     */
    private static final int SHORT_WORD = 3;
    /** Fewer longer words than this say too little to tell a headline from a line of names. */
    private static final int MIN_WORDS = 4;

    private HeadlineNames() {
    }

    /** {@code tokens} with the name classes of unsupported title-case headline words set to "O", in place. */
    static void untag(List<Token> tokens, List<Sentence> sentences) {
        boolean[] headline = inTitleCase(tokens, sentences);
        Set<String> proseNames = new HashSet<>();
        boolean prose = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!headline[i]) {
                prose = true;
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (!tokens.get(k).ner().equals("O")) {
                        proseNames.add(tokens.get(k).text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (!prose) {
            return;
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!headline[i]) {
                continue;
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = tokens.get(k);
                if (!t.ner().equals("O") && !proseNames.contains(t.text().toLowerCase(Locale.ROOT))) {
                    tokens.set(k, new Token(t.span(), t.text(), t.pos(), t.lemma(), "O"));
                }
            }
        }
    }

    /** For each sentence, whether it is in title case ({@link #inTitleCase(List, Sentence)}). */
    public static boolean[] inTitleCase(List<Token> tokens, List<Sentence> sentences) {
        boolean[] out = new boolean[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = inTitleCase(tokens, sentences.get(i));
        }
        return out;
    }

    /** True when every word of the sentence longer than {@value #SHORT_WORD} letters is capitalised, and enough are. */
    private static boolean inTitleCase(List<Token> tokens, Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = tokens.get(k).text();
            if (w.length() > SHORT_WORD && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= MIN_WORDS && capitalised == words;
    }
}
