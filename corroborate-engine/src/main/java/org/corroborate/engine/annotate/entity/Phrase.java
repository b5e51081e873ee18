package org.corroborate.engine.annotate.entity;

/**
 * One noun phrase of a sentence as {@link Chunker} finds it. Token indices are into the article's token list;
 * {@code end} is exclusive.
 *
 * @param head        the phrase's last noun or pronoun, which carries its meaning
 * @param role        its grammatical role in its clause, as far as part-of-speech tags show it
 * @param clause      an id shared by the phrases of one clause, unique within the article
 * @param possessed   for a possessor ("Aaliyah" of "Aaliyah's former boyfriend"), the index in its sentence's
 *                    phrase list of what it possesses; else -1
 * @param appositive  for an apposition ("Wrenfield's longtime producer" of "Marguerite Fell, Wrenfield's
 *                    longtime producer,") or a predicate ("a loom operator" of "Ilori is a loom operator"), the
 *                    index of the phrase it describes; else -1
 * @param conjunct    for one of two phrases joined by "and" or "or", the index of the other; else -1
 * @param fronted     true when the phrase lies in an adjunct that opens the sentence before its main subject
 *                    ("Before his marriage, ...")
 */
record Phrase(int first, int end, int head, Role role, int clause, int possessed, int appositive,
        int conjunct, boolean fronted) {

    /** The grammatical roles the chunker tells apart, in the order of salience they lend (Lappin and Leass 1994). */
    enum Role { SUBJECT, OBJECT, OBLIQUE, POSSESSOR, APPOSITION, OTHER }

    boolean contains(int token) {
        return first <= token && token < end;
    }
}
