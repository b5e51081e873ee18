package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Token;

/**
 * Noun phrases read off part-of-speech tags, for the subject and object of a cue verb: the phrase ending just
 * before a verb ("Aaliyah's former boyfriend Damon Dash", "Sgt. Dario Penhallow, a spokesman for the police,")
 * and the one starting just after it ("said Tim Pawlenty, the former governor", "told Entertainment Tonight").
 * No parser is needed for the shapes news gives its speakers: determiners, adjectives, nouns and names,
 * possessives, a prepositional tail on a noun ("a spokesman for the police"), and an apposition between commas.
 *
 * <p>Each phrase comes with its head: the words that name the speaker. The head is the name at the end of a
 * phrase ("manager Hollis Greaves"), else a name given in apposition ("Kettering's lawyer, Celeste Moravec"),
 * else the phrase before any apposition or prepositional tail ("a spokesman"). Token ranges are
 * {@code [first, end)} indices into the article's token list. Thread-safe: static.
 */
final class CuePhrases {

    /**
     * A noun phrase: all of it, and its head.
     *
     * @param first first token of the whole phrase
     * @param end   end (exclusive) of the whole phrase
     */
    record Phrase(int first, int end, int headFirst, int headEnd) {
    }

    /** Words between a subject and its verb that belong to neither ("Hewitt also said", "he has long said"). */
    private static final Set<String> BETWEEN = Set.of("also", "later", "then", "not", "n't", "never", "again", "once",
            "previously", "recently", "repeatedly", "reportedly", "publicly", "privately", "first", "earlier", "still",
            "further", "often", "already", "long", "just", "even", "quickly", "flatly", "simply", "only", "frequently",
            "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should",
            "did", "does", "do", "been", "be", "being", "always", "openly", "explicitly", "finally", "now",
            "initially", "subsequently", "separately", "similarly", "likewise", "however", "too", "herself", "himself",
            "themselves", "itself", "personally", "directly", "specifically", "jokingly", "famously",
            "immediately", "angrily", "proudly", "bluntly", "candidly", "emphatically", "firmly", "sharply");

    /** Prepositions that attach a tail to a noun inside a speaker's phrase ("a spokesman for the police"). */
    private static final Set<String> TAIL = Set.of("of", "for", "at", "with", "from", "in", "on", "to");

    private static final int APPOSITION_TOKENS = 24;

    private CuePhrases() {
    }

    /**
     * The subject of the first verb outside quotation marks in {@code [floor, before)}: whose a second predicate
     * ("… and has often said that …") or a participle ("…, adding that …") is when nothing nearer says.
     */
    static Optional<Phrase> firstSubject(List<Token> tokens, QuoteScan scan, int floor, int before) {
        for (int j = floor; j < before; j++) {
            Token t = tokens.get(j);
            if (t.pos().startsWith("VB") && !scan.isQuoted(t.span())) {
                Optional<Phrase> p = before(tokens, j, floor).filter(x -> !isRelativeOrThat(tokens, x));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the phrase is a lone relative or demonstrative ("that", "which", "this", "there"): no one's name. */
    static boolean isRelativeOrThat(List<Token> tokens, Phrase p) {
        String w = tokens.get(p.headFirst()).text().toLowerCase(Locale.ROOT);
        return p.headEnd() - p.headFirst() == 1 && (w.equals("that") || w.equals("which") || w.equals("this")
                || w.equals("there"));
    }

    /** The subject ending before the verb at {@code verb}, not reaching before {@code floor}. */
    static Optional<Phrase> before(List<Token> tokens, int verb, int floor) {
        int j = verb - 1;
        while (j >= floor && (isBetween(tokens.get(j)) || isTimeTail(tokens, j, floor))) {
            j -= isTimeTail(tokens, j, floor) ? 2 : 1;
        }
        if (j < floor) {
            return Optional.empty();
        }
        if (tokens.get(j).text().equals(",")) {
            return appositionBefore(tokens, j, floor);
        }
        int end = j + 1;
        int first = core(tokens, end, floor);
        if (first == end) {
            return Optional.empty();
        }
        if (first - 2 >= floor && lower(tokens.get(first - 1)).equals("by") && tokens.get(first - 2).pos().equals("VBN")) {
            // "Inspection records seen by the Courier show …": the agent of a reduced relative clause is not the
            // subject; the noun before the participle is.
            Optional<Phrase> subject = before(tokens, first - 2, floor);
            if (subject.isPresent()) {
                return Optional.of(new Phrase(subject.get().first(), end, subject.get().headFirst(), subject.get().headEnd()));
            }
        }
        int relative = relativeBefore(tokens, first, floor);
        if (relative >= 0) {
            // "Jennifer Love Hewitt who starred alongside Enrique Iglesias … revealed": the relative clause is
            // about the subject, which stands before "who".
            return before(tokens, relative, floor).map(p -> new Phrase(p.first(), end, p.headFirst(), p.headEnd()));
        }
        int head = first;
        // A prepositional tail on a noun: "a spokesman for the police" names a spokesman, as "a source close to
        // him" and "people familiar with the talks" name a source and people.
        while (first - 2 >= floor && TAIL.contains(lower(tokens.get(first - 1)))) {
            int nounAt = first - 2;
            if (tokens.get(nounAt).pos().startsWith("JJ") && nounAt - 1 >= floor && isNoun(tokens.get(nounAt - 1))) {
                nounAt--;
            } else if (!isNoun(tokens.get(nounAt))) {
                break;
            }
            int before = core(tokens, nounAt + 1, floor);
            if (before > nounAt) {
                break;
            }
            head = before;
            first = before;
        }
        if (head != core(tokens, end, floor)) {
            int headEnd = coreEnd(tokens, head, end);
            return Optional.of(new Phrase(first, end, head, headEnd));
        }
        int[] h = headOf(tokens, first, end);
        return Optional.of(new Phrase(first, end, h[0], h[1]));
    }

    /** The "who" or "which" opening a relative clause that ends at {@code first}, after a noun; or -1. */
    private static int relativeBefore(List<Token> tokens, int first, int floor) {
        boolean verb = false;
        for (int r = first - 1; r > floor && first - r <= 12; r--) {
            Token t = tokens.get(r);
            String w = t.text();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || isQuote(w)) {
                return -1;
            }
            verb |= t.pos().startsWith("VB");
            if ((t.pos().equals("WP") || w.equalsIgnoreCase("who")) && verb && isNoun(tokens.get(r - 1))) {
                return r;
            }
        }
        return -1;
    }

    /** "X, an apposition, said": the phrase before the comma pair, with the name of either part as head. */
    private static Optional<Phrase> appositionBefore(List<Token> tokens, int closing, int floor) {
        int opening = -1;
        for (int k = closing - 1; k >= floor && closing - k <= APPOSITION_TOKENS; k--) {
            String w = tokens.get(k).text();
            if (w.equals(",")) {
                opening = k;
                break;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || tokens.get(k).pos().startsWith("VB")
                    && SpeechVerbs.isSpeech(tokens.get(k).lemma())) {
                return Optional.empty(); // "“… answers,” said a member who …, asking": not an apposition
            }
        }
        if (opening < 0 || opening == closing - 1) {
            return Optional.empty();
        }
        int first = core(tokens, opening, floor);
        if (first == opening) {
            return Optional.empty();
        }
        // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": an apposition may follow another, when the
        // first is no one of its own (a state, an age) and a name stands before it.
        for (int more = 0; more < 2 && first - 1 > floor && tokens.get(first - 1).text().equals(",")
                && opening - first <= 4 && !namesSomeone(tokens, first, opening); more++) {
            int earlier = core(tokens, first - 1, floor);
            int[] head = earlier < first - 1 ? headOf(tokens, earlier, first - 1) : null;
            if (head == null || !isName(tokens, head[0], head[1])) {
                break;
            }
            opening = first - 1;
            first = earlier;
        }
        int[] main = headOf(tokens, first, opening);
        boolean mainIsName = isName(tokens, main[0], main[1]) || tokens.get(main[0]).pos().equals("PRP");
        int appFirst = opening + 1;
        int appEnd = coreEnd(tokens, appFirst, closing);
        if (!mainIsName && appEnd > appFirst && isName(tokens, appFirst, appEnd)) {
            return Optional.of(new Phrase(first, closing, appFirst, appEnd));
        }
        return Optional.of(new Phrase(first, closing, main[0], main[1]));
    }

    /** The phrase starting at {@code from} ("said Tim Pawlenty, the former governor"), not past {@code ceiling}. */
    static Optional<Phrase> after(List<Token> tokens, int from, int ceiling) {
        int end = coreEnd(tokens, from, ceiling);
        if (end == from) {
            return Optional.empty();
        }
        int[] h = headOf(tokens, from, end);
        // "one of his young protégés": an "of" tail belongs to the phrase.
        while (end + 1 < ceiling && lower(tokens.get(end)).equals("of")) {
            int more = coreEnd(tokens, end + 1, ceiling);
            if (more == end + 1) {
                break;
            }
            end = more;
        }
        int whole = end;
        if (end + 1 < ceiling && tokens.get(end).text().equals(",")) {
            int appEnd = coreEnd(tokens, end + 1, ceiling);
            while (appEnd + 1 < ceiling && TAIL.contains(lower(tokens.get(appEnd)))) {
                int more = coreEnd(tokens, appEnd + 1, ceiling);
                if (more == appEnd + 1) {
                    break;
                }
                appEnd = more;
            }
            // An apposition is a whole phrase between commas, or running to the end: "People, Dash also revealed"
            // is a list's end or a new clause, not an apposition.
            if (appEnd > end + 1 && (appEnd >= ceiling || isPhraseEnd(tokens.get(appEnd)))) {
                whole = appEnd;
            }
        }
        return Optional.of(new Phrase(from, whole, h[0], h[1]));
    }

    /** The first token of the noun-phrase core that ends at {@code end}. */
    private static int core(List<Token> tokens, int end, int floor) {
        if (end - 1 >= floor && tokens.get(end - 1).pos().equals("PRP")) {
            return end - 1; // a pronoun is a phrase of its own: "a company they say"
        }
        int k = beforeParenthesis(tokens, end, floor);
        while (k - 1 >= floor && isInner(tokens, k - 1, end)) {
            k--;
        }
        // A phrase does not start with a possessive marker or a hyphen left over from the walk.
        while (k < end && (tokens.get(k).pos().equals("POS") || tokens.get(k).text().equals("-"))) {
            k++;
        }
        return k;
    }

    /** The end of the noun-phrase core starting at {@code from}. */
    private static int coreEnd(List<Token> tokens, int from, int ceiling) {
        if (from < ceiling && tokens.get(from).pos().equals("PRP")) {
            return from + 1;
        }
        int k = from;
        while (k < ceiling && isInner(tokens, k, ceiling) && !(k > from && tokens.get(k).pos().equals("PRP"))) {
            k++;
        }
        while (k > from && (tokens.get(k - 1).pos().equals("POS") || tokens.get(k - 1).pos().equals("DT")
                || tokens.get(k - 1).pos().startsWith("JJ"))) {
            k--;
        }
        return k;
    }

    /**
     * Where a name's bracketed tail starts when {@code [.., end)} ends in one: "Sen. Rob Portman (R-Ohio)" is
     * Portman with his party and state, which the American press brackets after a legislator's name.
     */
    private static int beforeParenthesis(List<Token> tokens, int end, int floor) {
        if (end - 1 <= floor || !tokens.get(end - 1).text().equals(")")) {
            return end;
        }
        for (int j = end - 2; j > floor && end - j <= 8; j--) {
            String w = tokens.get(j).text();
            if (w.equals("(")) {
                return isNameToken(tokens.get(j - 1)) ? j : end;
            }
            if (w.equals(")") || w.equals(",") && end - j > 4) {
                return end;
            }
        }
        return end;
    }

    /** The head of the core {@code [first, end)}: its final name, else the words after any possessor. */
    private static int[] headOf(List<Token> tokens, int first, int end) {
        end = Math.max(first + 1, beforeParenthesis(tokens, end, first));
        if (isNameToken(tokens.get(end - 1))) {
            int k = end - 1;
            while (k - 1 >= first && isNameToken(tokens.get(k - 1)) && !tokens.get(k - 1).pos().equals("POS")) {
                k--;
            }
            return new int[] {k, end};
        }
        return new int[] {first, end};
    }

    private static boolean isInner(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        String pos = t.pos();
        if (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD")
                || pos.equals("POS") || pos.equals("PRP$") || pos.equals("FW") || pos.equals("HYPH")) {
            return !lower(t).equals("that") && !lower(t).equals("this") || k + 1 < limit && isNoun(tokens.get(k + 1));
        }
        if (pos.equals("VBN") || pos.equals("VBG")) {
            return k + 1 < limit && (isNoun(tokens.get(k + 1)) || tokens.get(k + 1).pos().startsWith("JJ"));
        }
        // A capitalised word inside a name the tagger read as something else ("Entertainment Tonight", "ET",
        // "The Long Take"): after a name, and for a verb only where the name ends ("The Long Take podcast",
        // "The Long Take:"), since a headline's "Ashcombe Says Wrenfield …" puts a verb between two names.
        if (t.isNamed()) {
            return true;
        }
        if (!Character.isUpperCase(t.text().charAt(0)) || k == 0 || !isNameToken(tokens.get(k - 1))
                || pos.equals("IN") || pos.equals("CC")) {
            return false;
        }
        if (!pos.startsWith("VB")) {
            return true;
        }
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return next == null || next.pos().startsWith("NN") && !next.pos().startsWith("NNP") || isPhraseEnd(next);
    }

    private static boolean isPhraseEnd(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")
                || isQuote(w) || w.equals("—");
    }

    private static boolean isBetween(Token t) {
        return BETWEEN.contains(lower(t)) || t.pos().equals("RB") && lower(t).endsWith("ly") || t.pos().equals("MD");
    }

    /** "Hewitt on Tuesday said": a time phrase between subject and verb, two tokens ending at {@code j}. */
    private static boolean isTimeTail(List<Token> tokens, int j, int floor) {
        return j - 1 >= floor && TimeNames.isTimeWord(tokens.get(j).text()) && lower(tokens.get(j - 1)).equals("on");
    }

    /** True when {@code [first, end)} holds a person's name or a quotation mark: a phrase of its own, no tail. */
    private static boolean namesSomeone(List<Token> tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            if (tokens.get(k).ner().equals("PERSON") || isQuote(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    static boolean isName(List<Token> tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            if (!isNameToken(tokens.get(k))) {
                return false;
            }
        }
        return end > first;
    }

    private static boolean isNameToken(Token t) {
        return t.pos().startsWith("NNP") || t.isNamed() && !t.pos().equals("POS");
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.isNamed();
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
