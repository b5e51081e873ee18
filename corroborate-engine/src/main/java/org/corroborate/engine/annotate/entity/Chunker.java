package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.EntityType;
import org.corroborate.model.Token;

/**
 * Shallow syntax from part-of-speech tags: the noun phrases of a sentence, their grammatical roles, which clause
 * each lies in, and which describe, possess or are joined to which. It stands in for a dependency parse, which
 * measured here costs four times as much as tagging and named-entity recognition together (DESIGN.md: use
 * the parse only where it earns its cost).
 *
 * <p>The rules follow what knowledge-poor pronoun resolution has long taken from tags alone (Kennedy and
 * Boguraev 1996; Mitkov 1998): a phrase just before a finite verb, not governed by a preposition, is its
 * subject; one just after a verb its object; one after a preposition oblique. Thread-safe: holds no state.
 */
final class Chunker {

    /** Words that open a subordinate clause whatever follows them. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "whereas", "if", "unless",
            "whether", "once", "whilst");
    /** Prepositions that also open clauses ("after he left"): a clause when a finite verb follows the phrase. */
    private static final Set<String> AMBIGUOUS = Set.of("after", "before", "since", "until", "till", "as", "while",
            "that", "for", "so");
    private static final Set<String> COPULAS = Set.of("be", "become", "remain");

    /**
     * The phrases of the sentence {@code [first, end)} of {@code tokens}. {@code title} marks tokens inside a
     * title of a work, which count as one proper noun whatever their tags. Clause ids start at {@code clauseBase}.
     */
    List<Phrase> chunk(List<Token> tokens, int first, int end, boolean[] title, int clauseBase) {
        List<int[]> spans = new ArrayList<>();
        List<Integer> possessedOf = new ArrayList<>();
        int i = first;
        while (i < end) {
            if (tokens.get(i).pos().equals("PRP")) {
                spans.add(new int[] {i, i + 1, i});
                possessedOf.add(-1);
                i++;
                continue;
            }
            if (!canStart(tokens, i, end, title)) {
                i++;
                continue;
            }
            int start = i;
            int lastNoun = -1;
            int possessor = -1;
            int j = i;
            while (j < end && canContinue(tokens, j, start, end, title)) {
                String pos = tokens.get(j).pos();
                if (pos.equals("POS") && !title[j]) {
                    if (lastNoun >= start) {
                        spans.add(new int[] {start, lastNoun + 1, lastNoun});
                        possessedOf.add(-1);
                        possessor = spans.size() - 1;
                    }
                    start = j + 1;
                    lastNoun = -1;
                    j++;
                    continue;
                }
                if (j > start && (pos.equals("DT") || pos.equals("PRP$")) && !title[j] && !sameName(tokens, j - 1, j)
                        && !epithet(tokens, j, end)) {
                    break;
                }
                if (j > start && opensRelativeClause(tokens, j, end)) {
                    break;
                }
                if (isNominal(pos) || title[j]) {
                    lastNoun = j;
                }
                j++;
            }
            if (lastNoun >= start) {
                spans.add(new int[] {start, lastNoun + 1, lastNoun});
                possessedOf.add(-1);
                if (possessor >= 0) {
                    possessedOf.set(possessor, spans.size() - 1);
                }
                i = lastNoun + 1;
            } else {
                i = Math.max(j, i + 1);
            }
        }
        return roles(tokens, first, end, spans, possessedOf, clauseBase, title);
    }

    private static boolean canStart(List<Token> tokens, int i, int end, boolean[] title) {
        if (title[i]) {
            return true;
        }
        String pos = tokens.get(i).pos();
        return switch (pos) {
            case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "FW" -> !isDeterminerAlone(tokens, i, end, title);
            default -> tokens.get(i).isNamed();
        };
    }

    /** "that" and "this" standing alone ("that was it") start no noun phrase of ours. */
    private static boolean isDeterminerAlone(List<Token> tokens, int i, int end, boolean[] title) {
        return tokens.get(i).pos().equals("DT") && (i + 1 >= end || !isModifierOrNoun(tokens.get(i + 1).pos()) && !title[i + 1]);
    }

    private static boolean canContinue(List<Token> tokens, int j, int start, int end, boolean[] title) {
        if (title[j] || j > start && sameName(tokens, j - 1, j)) {
            return true;
        }
        String pos = tokens.get(j).pos();
        if (pos.equals("VBN") || pos.equals("VBG")) {
            // "the ill-fated plane", "all-time leading scorer": a participle inside a phrase, before its noun.
            return j > start && j + 1 < end && isModifierOrNoun(tokens.get(j + 1).pos());
        }
        if (pos.equals("HYPH")) {
            return true;
        }
        return isModifierOrNoun(pos) || pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.equals("POS");
    }

    /** Two tokens of one name: the tagger gave both the same class ("Port Calloway Fire and Rescue"). */
    private static boolean sameName(List<Token> tokens, int a, int b) {
        Token x = tokens.get(a);
        Token y = tokens.get(b);
        if (!x.isNamed() || !y.ner().equals(x.ner())) {
            return false;
        }
        return !y.pos().equals("DT") && !y.pos().equals("PRP$") || b + 1 < tokens.size() && tokens.get(b + 1).ner().equals(x.ner());
    }

    /**
     * "the last film Tobiah Wrenfield says he will direct": a person's name right after a noun for a thing, with a
     * finite verb after the name, is the subject of a relative clause, not the thing's name. After a noun for a
     * person ("the singer Aaliyah died") the name is the person's own.
     */
    private static boolean opensRelativeClause(List<Token> tokens, int j, int end) {
        Token before = tokens.get(j - 1);
        if (!tokens.get(j).ner().equals("PERSON") || before.isNamed() || !before.pos().equals("NN") && !before.pos().equals("NNS")
                || Nouns.of(before.text()).filter(sense -> sense.type() != EntityType.PERSON).isEmpty()) {
            return false;
        }
        int e = j;
        while (e < end && tokens.get(e).ner().equals("PERSON")) {
            e++;
        }
        return e < end && isFiniteVerb(tokens.get(e).pos());
    }

    /** "Peter the Great": a person's name, "the" and a capitalized epithet stay one phrase. */
    private static boolean epithet(List<Token> tokens, int j, int end) {
        return j > 0 && j + 1 < end && tokens.get(j).text().equals("the") && tokens.get(j - 1).ner().equals("PERSON")
                && tokens.get(j + 1).pos().startsWith("NNP") && !tokens.get(j + 1).ner().equals("PERSON");
    }

    private static boolean isModifierOrNoun(String pos) {
        return switch (pos) {
            case "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "FW" -> true;
            default -> false;
        };
    }

    private static boolean isNominal(String pos) {
        return switch (pos) {
            case "NN", "NNS", "NNP", "NNPS", "CD", "FW", "PRP" -> true;
            default -> false;
        };
    }

    static boolean isFiniteVerb(String pos) {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    private List<Phrase> roles(List<Token> tokens, int first, int end, List<int[]> spans, List<Integer> possessedOf,
            int clauseBase, boolean[] title) {
        int[] clause = clauses(tokens, first, end, clauseBase, title);
        int n = spans.size();
        // Where the whole phrase begins, its possessors included: "Aaliyah's former boyfriend Damon Dash".
        int[] outer = new int[n];
        for (int p = 0; p < n; p++) {
            outer[p] = spans.get(p)[0];
        }
        for (int p = n - 1; p >= 0; p--) {
            int q = possessedOf.get(p);
            if (q >= 0) {
                outer[q] = Math.min(outer[q], outer[p]);
            }
        }
        for (int p = 0; p < n; p++) {
            int q = possessedOf.get(p);
            if (q >= 0) {
                outer[p] = outer[q];
            }
        }
        Role[] role = new Role[n];
        int[] appositive = new int[n];
        int[] conjunct = new int[n];
        Arrays.fill(appositive, -1);
        Arrays.fill(conjunct, -1);
        for (int p = 0; p < n; p++) {
            int s = outer[p];
            int e = spans.get(p)[1];
            if (possessedOf.get(p) >= 0) {
                role[p] = Role.POSSESSOR;
                continue;
            }
            int before = s - 1;
            String beforePos = before >= first ? tokens.get(before).pos() : "";
            String beforeWord = before >= first ? tokens.get(before).text().toLowerCase(Locale.ROOT) : "";
            boolean governed = (beforePos.equals("IN") || beforePos.equals("TO")) && !SUBORDINATORS.contains(beforeWord);
            if (governed && AMBIGUOUS.contains(beforeWord) && verbFollows(tokens, e, end)) {
                governed = false;
            }
            if (governed) {
                role[p] = Role.OBLIQUE;
                continue;
            }
            if (verbFollows(tokens, e, end)) {
                role[p] = Role.SUBJECT;
            } else if (before >= first && (beforePos.startsWith("VB") || beforePos.equals("RP")
                    || beforePos.equals("RB") && before - 1 >= first && tokens.get(before - 1).pos().startsWith("VB"))) {
                role[p] = Role.OBJECT;
            } else {
                role[p] = Role.OTHER;
            }
        }
        for (int p = 1; p < n; p++) {
            if (possessedOf.get(p) >= 0) {
                continue;
            }
            int s = outer[p];
            for (int q = p - 1; q >= 0; q--) {
                if (possessedOf.get(q) >= 0) {
                    continue;
                }
                int qEnd = spans.get(q)[1];
                String between = text(tokens, qEnd, s);
                if (between.equals("and") || between.equals("or")) {
                    conjunct[p] = q;
                    conjunct[q] = p;
                } else if ((between.equals(",") || between.equals("(")) && closesApposition(tokens, spans.get(p)[1], end)
                        && (role[p] != Role.SUBJECT || outer[q] == first && namesDescription(tokens, spans.get(q), spans.get(p)))
                        && !(isProper(tokens, spans.get(p)[2]) && isProper(tokens, spans.get(q)[2]))) {
                    appositive[p] = q;
                    role[p] = Role.APPOSITION;
                } else if (role[q] == Role.SUBJECT && isCopula(tokens, qEnd, s)) {
                    appositive[p] = q;
                    role[p] = Role.APPOSITION;
                }
                break;
            }
        }
        boolean[] fronted = fronted(tokens, first, end, spans);
        List<Phrase> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            int[] sp = spans.get(p);
            out.add(new Phrase(sp[0], sp[1], sp[2], role[p], clause[sp[2] - first], possessedOf.get(p),
                    appositive[p], conjunct[p], fronted[p]));
        }
        return out;
    }

    /**
     * True when a finite verb follows {@code from}, past adverbs, a parenthetical and prepositional phrases
     * ("Greg Kot of the Chicago Tribune perceived"). A past participle counts when nothing but adverbs lies
     * before it: the tagger often takes "named" in "Christgau named …" for one.
     */
    private static boolean verbFollows(List<Token> tokens, int from, int end) {
        int k = from;
        int budget = 14;
        while (k < end && budget-- > 0) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (isFiniteVerb(pos) || pos.equals("VBN") && k + 1 < end && startsObject(tokens.get(k + 1).pos())) {
                return true;
            }
            if (pos.startsWith("RB")) {
                k++;
            } else if (pos.equals(",") || pos.equals("-LRB-")) {
                int close = closing(tokens, k, end);
                if (close < 0) {
                    return false;
                }
                k = close + 1;
            } else if (pos.equals("IN") && k > from && !SUBORDINATORS.contains(t.text().toLowerCase(Locale.ROOT))) {
                k++;
                while (k < end && (isModifierOrNoun(tokens.get(k).pos()) || tokens.get(k).pos().equals("DT")
                        || tokens.get(k).pos().equals("PRP$") || tokens.get(k).pos().equals("POS")
                        || tokens.get(k).pos().equals("``") || tokens.get(k).pos().equals("''") || tokens.get(k).isNamed())) {
                    k++;
                }
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean startsObject(String pos) {
        return pos.equals("DT") || pos.startsWith("NN") || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("``")
                || pos.equals("CD") || pos.startsWith("JJ");
    }

    /** The comma or bracket closing the parenthetical that opens at {@code k}, or -1. */
    private static int closing(List<Token> tokens, int k, int end) {
        boolean bracket = tokens.get(k).pos().equals("-LRB-");
        for (int j = k + 1; j < end && j < k + 14; j++) {
            String pos = tokens.get(j).pos();
            if (bracket ? pos.equals("-RRB-") : pos.equals(",")) {
                return j;
            }
            if (!bracket && (pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean closesApposition(List<Token> tokens, int after, int end) {
        if (after >= end) {
            return true;
        }
        String pos = tokens.get(after).pos();
        // "Tomasz Ilori, a loom operator who has worked at the mill …": a relative clause may follow the appositive.
        return pos.equals(",") || pos.equals(".") || pos.equals("-RRB-") || pos.equals(":") || pos.equals("''")
                || pos.equals("IN") && tokens.get(after).text().equalsIgnoreCase("of")
                || pos.equals("WP") || pos.equals("WP$") || pos.equals("WDT") && !tokens.get(after).text().equalsIgnoreCase("that");
    }

    /**
     * "The brother-in-law, Fenwick Lusk, 58, was arrested": a name after a comma that follows a description of a
     * person opening the sentence names it, though a verb follows the name too.
     */
    private static boolean namesDescription(List<Token> tokens, int[] description, int[] name) {
        return isProper(tokens, name[2]) && !isProper(tokens, description[2])
                && Nouns.isPerson(tokens.get(description[2]).text());
    }

    private static boolean isProper(List<Token> tokens, int head) {
        return tokens.get(head).pos().startsWith("NNP");
    }

    private static boolean isCopula(List<Token> tokens, int from, int to) {
        boolean copula = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") && COPULAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                copula = true;
            } else if (!t.pos().startsWith("RB") && !t.pos().equals("MD")) {
                return false;
            }
        }
        return copula;
    }

    private static String text(List<Token> tokens, int from, int to) {
        if (to - from != 1) {
            return to == from ? "" : "?";
        }
        return tokens.get(from).text().toLowerCase(Locale.ROOT);
    }

    /** Clause ids per token of the sentence: a new clause at each subordinator, relative word or clause joint. */
    static int[] clauses(List<Token> tokens, int first, int end, int base, boolean[] title) {
        int[] clause = new int[end - first];
        int id = base;
        // An opening adjunct is a clause of its own ("When Graham becomes involved ..., the society attempts to
        // blackmail him"): its subject does not bind a pronoun of the main clause.
        int fronted = frontedEnd(tokens, first, end);
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            String pos = t.pos();
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean opens = pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB")
                    || pos.equals("IN") && (SUBORDINATORS.contains(w) || AMBIGUOUS.contains(w) && clauseAhead(tokens, k + 1, end))
                    || pos.equals("CC") && clauseAhead(tokens, k + 1, end)
                    || (pos.equals("``") || pos.equals("''")) && !title[k]
                    || k > first && (tokens.get(k - 1).pos().equals(":") || tokens.get(k - 1).text().equals(";"))
                    || k == fronted + 1;
            if (opens && k > first) {
                id++;
            }
            clause[k - first] = id;
        }
        return clause;
    }

    /** A finite verb within a few tokens, before any punctuation: what follows opens a clause. */
    private static boolean clauseAhead(List<Token> tokens, int from, int end) {
        for (int k = from; k < end && k < from + 8; k++) {
            String pos = tokens.get(k).pos();
            if (isFiniteVerb(pos)) {
                return true;
            }
            if (pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("IN") || pos.startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /** The phrases of an adjunct opening the sentence ("In his list for ...,", "Living with her aunt,"). */
    private static boolean[] fronted(List<Token> tokens, int first, int end, List<int[]> spans) {
        boolean[] fronted = new boolean[spans.size()];
        int comma = frontedEnd(tokens, first, end);
        for (int p = 0; p < spans.size(); p++) {
            fronted[p] = spans.get(p)[1] <= comma;
        }
        return fronted;
    }

    /**
     * The comma closing an adjunct that opens the sentence before its main clause (a prepositional phrase, a
     * participle, an adverb, a "when" clause), or -1 when the sentence opens with its subject.
     */
    static int frontedEnd(List<Token> tokens, int first, int end) {
        if (first >= end) {
            return -1;
        }
        String opener = tokens.get(first).pos();
        boolean adjunct = opener.equals("IN") || opener.equals("TO") || opener.equals("VBG") || opener.equals("VBN")
                || opener.startsWith("RB") || opener.equals("WRB");
        if (!adjunct) {
            return -1;
        }
        for (int k = first; k < end; k++) {
            if (tokens.get(k).pos().equals(",")) {
                return k;
            }
            if (isFiniteVerb(tokens.get(k).pos()) && !opener.equals("WRB") && !opener.equals("IN")) {
                return -1;
            }
        }
        return -1;
    }
}
