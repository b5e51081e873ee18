package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One token of an article's text.
 *
 * @param text  the token as it stands in the text
 * @param pos   its Penn Treebank part-of-speech tag
 * @param lemma its dictionary form
 * @param ner   its named-entity class from the tagger ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *              {@code MISC}), or {@code O} for none
 */
public record Token(Span span, String text, String pos, String lemma, String ner) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(ner, "ner");
    }

    public boolean isNamed() {
        return !"O".equals(ner);
    }

    /** Where the run of tokens from {@code from} that share its named-entity class ends (exclusive). */
    public static int runEnd(List<Token> tokens, int from) {
        String ner = tokens.get(from).ner();
        int e = from + 1;
        while (e < tokens.size() && tokens.get(e).ner().equals(ner)) {
            e++;
        }
        return e;
    }
}
