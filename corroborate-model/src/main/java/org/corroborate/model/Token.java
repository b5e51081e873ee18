package org.corroborate.model;

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
}
