package org.corroborate.engine.annotate.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Span;

/**
 * Which way an expression looks from the publication date, guessed from the words of its sentence: a bare
 * "Friday" or "December" is the past one in "said Friday" and the coming one in "will meet Bush on Friday".
 * HeidelTime decides the same from the verb tenses of the sentence (Strötgen and Gertz 2013, section 4.2);
 * without a part-of-speech tagger, auxiliaries and past-tense forms stand in for the tags, and the cue nearest
 * the expression decides, since news sentences mix tenses ("said Friday that he would appeal").
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            // "had been scheduled" is past, whatever the participle; "will be paid" is future.
            + "(?<perfect>(?:had|has|have)\\s+(?:not\\s+)?been\\s+\\p{L}+)"
            + "|(?<future>(?:will|would|shall|'ll|to)\\s+(?:not\\s+)?(?:be|have been)\\s+\\p{L}+"
            + "|will|won't|wo|shall|'ll|would|going to|plans? to|expects? to|expected to|payable|effective"
            + "|scheduled|slated|intends? to|due to|is to|are to|upcoming|to be held|set to|as soon as|next"
            + "|planning to|(?:was|were|is|are)\\s+(?:planning|going|expected|scheduled|due|set|about)\\s+to)"
            // Regular past forms in lower case (not "United", "succeed" or "need"); then the irregular ones news
            // uses most.
            + "|(?<past>said|was|were|had|did|ago|earlier|last|since|(?-i:\\p{Ll}{3,}(?<!e)ed)|agreed|freed|came|went"
            + "|took|made|began|became|left|met|paid|won|lost|told|gave|saw|got|held|ran|fell|rose|sold|bought"
            + "|brought|found|grew|spent|knew|thought|wrote|sent|struck|fled|died|shot|hit|cut|put|set|quit|led"
            + "|fought|caught|threw|flew|drove|spoke|broke|chose|froze|stole|woke|wore|tore|swore|sang|rang"
            + "|sank|drank|ate|sought|taught|meant|heard|kept|slept|felt|dealt|built|lent|bent))\\b");

    /**
     * A tense and how far from the expression its cue stands, in chars: a verb right beside the date ("met
     * Monday") says more than one at the other end of the sentence.
     */
    record Reading(Tense tense, int distance) {
    }

    /**
     * The tense the cue nearest to {@code expression} in {@code sentence} gives, or {@link #PRESENT} without one.
     * A preposition right before the expression outweighs any verb: "by Friday" and "until Dec. 15" name a
     * deadline ahead, "since Friday" a day past.
     */
    static Reading of(String text, Span sentence, Span expression) {
        String before = Surroundings.wordBefore(text, expression.start());
        int beforeStart = text.lastIndexOf(before, expression.start() - 1);
        if (!before.isEmpty() && !Surroundings.opensSentence(text, sentence.start(), beforeStart)) {
            switch (before.toLowerCase(java.util.Locale.ROOT)) {
                case "by", "until", "till" -> {
                    return new Reading(FUTURE, 0);
                }
                case "since" -> {
                    return new Reading(PAST, 0);
                }
                default -> {
                }
            }
        }
        Matcher m = CUE.matcher(text);
        m.region(sentence.start(), sentence.end());
        Tense nearest = PRESENT;
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= expression.start() && m.end() <= expression.end()) {
                continue;
            }
            // "... will meet Nov. 9, the board said": an attribution after the date reports it, it does not date it.
            if (m.start() >= expression.end() && m.group("past") != null
                    && m.group().regionMatches(true, 0, "said", 0, 4) && m.group().length() == 4) {
                continue;
            }
            int distance = m.end() <= expression.start() ? expression.start() - m.end() : m.start() - expression.end();
            if (distance < best) {
                best = distance;
                nearest = m.group("future") != null ? FUTURE : PAST;
            }
        }
        return new Reading(nearest, best);
    }
}
