package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Cue;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Nouns that report what someone said, wants or thinks, with what follows them as the content: "his criticism
 * of the plan", "Clinton's call for a ban", "questions about her emails", "the claim that turnout fell",
 * "a decision to withdraw". PolNeAR annotates them as cues (Newell et al., LREC 2018, nominal cues); the source
 * is the possessor when there is one ("his", "Clinton's"), or the candidate who ran "on a pledge to …", else no one
 * named; some nouns need one. The content is a "that" clause or an infinitive up to where the narrator takes over,
 * or the object of the preposition up to its first comma.
 * Each noun takes only the words its use in news takes ("call for", not "call on Tuesday"). Built per article;
 * not thread-safe.
 */
final class NounCues {

    private static final Map<String, Set<String>> NOUNS = Map.ofEntries(
            Map.entry("criticism", Set.of("of")), Map.entry("criticisms", Set.of("of")),
            Map.entry("support", Set.of("for")), Map.entry("opposition", Set.of("to")),
            Map.entry("call", Set.of("for")), Map.entry("calls", Set.of("for")),
            Map.entry("attack", Set.of("on")), Map.entry("attacks", Set.of("on")),
            Map.entry("question", Set.of("about")), Map.entry("questions", Set.of("about")),
            Map.entry("concern", Set.of("about", "that")), Map.entry("concerns", Set.of("about", "that")),
            Map.entry("claim", Set.of("that")), Map.entry("claims", Set.of("that")),
            Map.entry("decision", Set.of("to")), Map.entry("plan", Set.of("to")), Map.entry("plans", Set.of("to")),
            Map.entry("statement", Set.of("that")), Map.entry("belief", Set.of("that")),
            Map.entry("promise", Set.of("to", "that")), Map.entry("pledge", Set.of("to", "that")),
            Map.entry("vow", Set.of("to")), Map.entry("proposal", Set.of("to")),
            Map.entry("warning", Set.of("that", "about", "of")), Map.entry("warnings", Set.of("that", "about", "of")),
            Map.entry("endorsement", Set.of("of")), Map.entry("refusal", Set.of("to")),
            Map.entry("assertion", Set.of("that")), Map.entry("suggestion", Set.of("that")),
            Map.entry("insistence", Set.of("that")), Map.entry("argument", Set.of("that")),
            Map.entry("accusation", Set.of("that")), Map.entry("accusations", Set.of("that")),
            Map.entry("demand", Set.of("for", "that")), Map.entry("demands", Set.of("for", "that")),
            Map.entry("praise", Set.of("for")), Map.entry("complaints", Set.of("about", "that")));

    /**
     * Nouns that are a cue only with a possessor naming the source: "the attack on the consulate" and "support for
     * the bill" name no one's words, "Trump's attacks on Cruz" and "her support for the bill" do. Measured on
     * PolNeAR: without the possessor these found an annotated attribution in a third of uses or fewer.
     */
    private static final Set<String> OWNED = Set.of("attack", "attacks", "support", "opposition", "decision",
            "endorsement", "plan", "demand", "call", "statement");

    /** Verbs of standing for office, by lemma: "won on a promise to …", "campaigned on a pledge that …". */
    private static final Set<String> CAMPAIGNING = Set.of("run", "campaign", "win", "stand");
    /** How many words back from "on" the verb may stand ("running for mayor in 2011 on"). */
    private static final int CAMPAIGN_REACH = 7;

    private final List<Token> tokens;
    private final String text;
    private final QuoteScan scan;
    private final Speakers speakers;
    private final ClauseBounds bounds;

    NounCues(AnnotatedArticle article, QuoteScan scan, Speakers speakers, ClauseBounds bounds) {
        this.tokens = article.tokens();
        this.text = article.article().text();
        this.scan = scan;
        this.speakers = speakers;
        this.bounds = bounds;
    }

    /** True when the noun at {@code k} is a cue followed by the word it takes. */
    boolean isCue(int k, int end) {
        Token t = tokens.get(k);
        Set<String> takes = NOUNS.get(ClauseBounds.lower(t));
        return t.pos().startsWith("NN") && takes != null && k + 2 < end
                && takes.contains(ClauseBounds.lower(tokens.get(k + 1)));
    }

    /** The attribution the noun at {@code k} cues. */
    Optional<Frame> at(Sentence sentence, int k) {
        int end = sentence.endToken();
        int from = k + 2;
        boolean clause = ClauseBounds.lower(tokens.get(k + 1)).equals("that") || tokens.get(k + 1).pos().equals("TO");
        int to = bounds.clauseEnd(from, end);
        if (!clause) {
            boolean relative = false;
            for (int c = from + 1; c < to; c++) {
                Token t = tokens.get(c);
                if (scan.isQuoted(t.span())) {
                    continue;
                }
                relative |= t.pos().startsWith("W") || ClauseBounds.lower(t).equals("that");
                String pos = t.pos();
                boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
                if (t.text().equals(",") || finite && !relative) {
                    to = c; // "support for the plan, which …", "criticism of the council grew": the object ends
                    break;
                }
            }
        }
        if (from >= to || clause && tokens.get(k + 1).pos().equals("TO") && !tokens.get(from).pos().startsWith("VB")) {
            return Optional.empty();
        }
        Optional<Speaker> owner = possessor(k, sentence.firstToken()).or(() -> campaigner(k, sentence.firstToken()));
        if (owner.isEmpty() && OWNED.contains(ClauseBounds.lower(tokens.get(k)))) {
            return Optional.empty();
        }
        Span cue = tokens.get(k).span();
        Frame frame = new Frame(scan.snap(bounds.tokenSpan(from, to)), owner,
                Optional.of(new Cue(cue, cue.of(text))), Optional.empty(), sentence.block(), sentence.span().end(), false);
        frame.nominal = true;
        return Optional.of(frame);
    }

    /**
     * "(Kettering) ran for mayor in 2011 on a pledge to clean up the waterfront": a noun after "on a" that a verb of
     * standing for office governs, a few words back, is the pledge of that verb's subject, or, for a participle ("…,
     * before running for mayor"), of the sentence's subject.
     */
    private Optional<Speaker> campaigner(int k, int first) {
        int j = k - 1;
        while (j > first && tokens.get(j).pos().startsWith("JJ")) {
            j--;
        }
        if (j <= first || !tokens.get(j).pos().equals("DT") || !ClauseBounds.lower(tokens.get(j - 1)).equals("on")) {
            return Optional.empty();
        }
        for (int v = j - 2; v >= first && v >= j - CAMPAIGN_REACH; v--) {
            Token verb = tokens.get(v);
            if (verb.pos().startsWith("VB")) {
                if (!CAMPAIGNING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, v, first)
                        .filter(p -> !CuePhrases.isRelativeOrThat(tokens, p));
                if (subject.isEmpty() && (verb.pos().equals("VBG") || verb.pos().equals("VBN"))) {
                    subject = CuePhrases.firstSubject(tokens, scan, first, v);
                }
                return subject.map(speakers::of);
            }
        }
        return Optional.empty();
    }

    /** "his criticism", "Clinton's repeated calls": whose the noun is, past adjectives. */
    private Optional<Speaker> possessor(int k, int first) {
        int j = k - 1;
        while (j >= first && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("VBN")
                || tokens.get(j).pos().equals("RB"))) {
            j--;
        }
        if (j < first) {
            return Optional.empty();
        }
        Token t = tokens.get(j);
        if (t.pos().equals("PRP$")) {
            return Optional.of(speakers.of(j, j + 1));
        }
        if (t.pos().equals("POS") && j - 1 >= first && (tokens.get(j - 1).pos().startsWith("NNP") || tokens.get(j - 1).isNamed())) {
            int s = j - 1;
            while (s - 1 >= first && (tokens.get(s - 1).pos().startsWith("NNP") || tokens.get(s - 1).isNamed())) {
                s--;
            }
            return Optional.of(speakers.of(s, j));
        }
        return Optional.empty();
    }
}
