package org.corroborate.engine.extract;

import java.util.HashMap;
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
 * A quotation that no cue reaches but that stands in the complement of a verb whose subject is a person or an
 * organisation: "Reid has been steadily pounding Trump as a “con artist”", "Clinton talked up her “50-state
 * strategy,”", "Trump has pointed to the case as the epitome of the “rigged system.”" The verb is none of
 * {@link SpeechVerbs}' (news has more ways to report words than any list holds), but quoting the words in its
 * object says whose they are: the subject's. PolNeAR annotates such a verb as the cue and its complement up to
 * the quotation as the content (Newell et al., LREC 2018, "attribution by implication").
 *
 * <p>The verb is the nearest one before the quotation in its sentence, outside quotation marks, that is not a
 * copula, an auxiliary, a passive or a participle before a noun; its subject must be a name, a named entity or a
 * personal pronoun, so that a thing's "much-advertised “safety upgrade”" stays a scare quote. Quotations
 * governed by one verb make one attribution. Built per article; not thread-safe.
 */
final class QuotedComplements {

    /** Particles and prepositions that belong to the verb ("talked up", "pointed to", "railed against"). */
    private static final Set<String> PARTICLES = Set.of("up", "off", "out", "down", "back", "to", "at", "on", "about",
            "against", "for", "with", "of", "into", "over");
    private static final Set<String> NOT_SOURCES = Set.of("it", "this", "that", "there", "which", "what");

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final QuoteScan scan;
    private final Speakers speakers;
    private final Map<Integer, Frame> byVerb = new HashMap<>();

    QuotedComplements(AnnotatedArticle article, QuoteScan scan, Speakers speakers) {
        this.article = article;
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.scan = scan;
        this.speakers = speakers;
    }

    /**
     * The attribution of the verb governing {@code found}: a new frame, or the one an earlier quotation of the
     * same verb opened, which the caller has already placed. The caller adds {@code found} to it.
     */
    Optional<Frame> of(QuoteScan.Found found) {
        QuotationMarks.Quoted q = found.quoted();
        Optional<Sentence> at = article.sentenceAt(q.outer().start());
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = at.get();
        int mark = TokenSearch.firstFrom(tokens, q.outer().start());
        int verb = governingVerb(s, mark);
        if (verb < 0) {
            return Optional.empty();
        }
        Frame earlier = byVerb.get(verb);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, verb, s.firstToken());
        if (subject.isEmpty() || !isSource(subject.get())) {
            return Optional.empty();
        }
        int from = verb + 1;
        while (from < mark && (tokens.get(from).pos().equals("RP") || tokens.get(from).pos().equals("RB")
                || PARTICLES.contains(lower(tokens.get(from))) && from + 1 < mark
                || lower(tokens.get(from)).equals("that") && !tokens.get(from).pos().equals("DT"))) {
            from++;
        }
        Span content = new Span(tokens.get(Math.min(from, mark)).span().start(), q.content().end());
        Speaker speaker = speakers.of(subject.get());
        Span cue = tokens.get(verb).span();
        Frame frame = new Frame(scan.snap(content), Optional.of(speaker), Optional.of(new Cue(cue, cue.of(text))),
                Optional.empty(), s.block(), s.span().end(), false);
        byVerb.put(verb, frame);
        return Optional.of(frame);
    }

    /** The token index of the verb whose complement holds the quotation opening at token {@code mark}, or -1. */
    private int governingVerb(Sentence s, int mark) {
        for (int j = mark - 1; j >= s.firstToken(); j--) {
            Token t = tokens.get(j);
            if (scan.isQuoted(t.span())) {
                continue;
            }
            if (t.text().equals(";") || t.text().equals(":")) {
                return -1;
            }
            String pos = t.pos();
            if (!pos.startsWith("VB") || Set.of("be", "have", "do", "get", "seem", "become").contains(t.lemma())) {
                continue;
            }
            boolean passive = pos.equals("VBN") && j > s.firstToken() && tokens.get(j - 1).lemma().equals("be");
            boolean modifier = (pos.equals("VBN") || pos.equals("VBG")) && j + 1 < mark && tokens.get(j + 1).pos().startsWith("NN")
                    && j > s.firstToken() && (tokens.get(j - 1).pos().equals("DT") || tokens.get(j - 1).pos().startsWith("JJ")
                    || tokens.get(j - 1).pos().equals("PRP$"));
            if (passive || modifier || pos.equals("VBN") && j > s.firstToken() && tokens.get(j - 1).pos().startsWith("NN")) {
                continue; // "was labeled “Mostly True”", "a much-advertised “upgrade”", "the plan called “Fresh Start”"
            }
            return j;
        }
        return -1;
    }

    /** A subject that can hold words: a name, a named entity or a personal pronoun. */
    private boolean isSource(CuePhrases.Phrase p) {
        for (int k = p.headFirst(); k < p.headEnd(); k++) {
            Token t = tokens.get(k);
            if (NOT_SOURCES.contains(lower(t))) {
                return false;
            }
            if (t.pos().equals("PRP") || t.pos().startsWith("NNP") || t.isNamed()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
