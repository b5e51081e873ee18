package org.corroborate.engine.annotate.time;

import java.util.regex.Pattern;

/**
 * Which way a sentence looks from its publication date, guessed from its words: a bare "Friday" or "December"
 * is the past one in "was signed Friday" and the coming one in "will be signed Friday". HeidelTime decides the
 * same way from the sentence's verb tenses (Strötgen and Gertz 2013, section 4.2); without a part-of-speech
 * tagger, auxiliaries and past-tense forms stand in for the tags.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|'ll|would|going to|plans? to|planned|planning|expects? to|expected"
                    + "|scheduled|slated|intends? to|due to|is to|are to|upcoming|to be held|set to)\\b");
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?i)\\b(?:was|were|had|did|ago|earlier|\\p{L}{3,}ed|came|went|took|made|began|became|left|met|paid|won"
                    + "|lost|told|gave|saw|got|held|ran|fell|rose|sold|bought|brought|found|grew|spent|knew|thought"
                    + "|wrote|sent|struck|fled|killed|died)\\b");

    /** The tense of {@code sentence}: future if anything in it points ahead, else past if anything looks back. */
    static Tense of(CharSequence sentence) {
        if (FUTURE_CUE.matcher(sentence).find()) {
            return FUTURE;
        }
        if (PAST_CUE.matcher(sentence).find()) {
            return PAST;
        }
        return PRESENT;
    }
}
