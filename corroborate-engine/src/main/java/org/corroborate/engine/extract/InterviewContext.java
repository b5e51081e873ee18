package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.Sentence;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Carries the medium of an interview to the quotations that follow it: news names the occasion once ("Hewitt
 * told Entertainment Tonight about …", "In an interview with ET, … Damon Dash shed more light …") and then
 * quotes the speaker over several paragraphs ("…," the actress revealed). A quotation with no medium of its own
 * takes the latest one given for the same entity; a speaker the entities leave unresolved ("the actress",
 * "she") takes the latest medium of the paragraph or the two before it, if no other speaker's medium came
 * between. Built per article; not thread-safe.
 */
final class InterviewContext {

    /** How far back, in body blocks, a medium reaches a speaker the entities did not resolve. */
    private static final int UNRESOLVED_REACH = 2;
    /** How far back, in body blocks, a medium reaches the same entity. */
    private static final int ENTITY_REACH = 4;

    private record Given(int offset, int block, Optional<String> entity, String medium) {
    }

    private final AnnotatedArticle article;
    private final QuoteScan scan;
    private final Speakers speakers;

    InterviewContext(AnnotatedArticle article, QuoteScan scan, Speakers speakers) {
        this.article = article;
        this.scan = scan;
        this.speakers = speakers;
    }

    void apply(List<Frame> frames) {
        List<Given> given = new ArrayList<>();
        for (Frame f : frames) {
            if (f.medium.isPresent() && f.speaker.isPresent() && !isPerson(f.medium.get())) {
                given.add(new Given(f.content.start(), f.block, f.speaker.get().entity(), f.medium.get()));
            }
        }
        for (Sentence s : article.sentences()) {
            interview(s).filter(g -> !isPerson(g.medium())).ifPresent(given::add);
        }
        given.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        for (Frame f : frames) {
            if (f.medium.isPresent() || f.speaker.isEmpty() || f.via.isPresent()) {
                continue;
            }
            Speaker speaker = f.speaker.get();
            Given latest = null;
            Given same = null;
            for (Given g : given) {
                if (g.offset() < f.content.start()) {
                    latest = g;
                    if (speaker.entity().isPresent() && g.entity().equals(speaker.entity())) {
                        same = g;
                    }
                }
            }
            Given from = speaker.entity().isPresent() ? same : refersBack(speaker) ? latest : null;
            int reach = speaker.entity().isPresent() ? ENTITY_REACH : UNRESOLVED_REACH;
            if (from != null && bodyBlocksBetween(from.block(), f.block) <= reach) {
                f.medium = Optional.of(from.medium());
                // The quotation passes the occasion on to the next one ("…," Hewitt continued. … "…," she shared.)
                given.add(given.indexOf(from) + 1, new Given(f.content.start(), f.block, speaker.entity(), from.medium()));
                given.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
            }
        }
    }

    /**
     * Whether a medium is a person the article names: whom one told or asked something ("When she asked him … he
     * told her") was addressed once, and is no occasion later quotations carry on.
     */
    private boolean isPerson(String medium) {
        return article.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(medium));
    }

    /**
     * A speaker named as someone already met: a pronoun ("she") or a definite description ("the actress"), not a
     * new party ("Workers", "A company spokeswoman").
     */
    private static boolean refersBack(Speaker speaker) {
        String w = speaker.text().toLowerCase(java.util.Locale.ROOT);
        return w.matches("(?:he|she|they|it|the .+)");
    }

    /** How many body blocks lie from block {@code from} to block {@code to}; boilerplate between does not count. */
    private int bodyBlocksBetween(int from, int to) {
        int n = 0;
        for (int b = from + 1; b <= to; b++) {
            n += article.article().blocks().get(b).kind().isBody() ? 1 : 0;
        }
        return n;
    }

    /**
     * "In an interview with ET, … Damon Dash shed more light", "Hewitt told Entertainment Tonight about the
     * tragedy": the occasion and whose it was, from a sentence that need not quote anyone.
     */
    private Optional<Given> interview(Sentence s) {
        List<Token> tokens = article.tokens();
        Optional<String> medium = Media.interviewIn(article, scan, s);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (!t.pos().startsWith("VB") || scan.isQuoted(t.span())) {
                continue;
            }
            if (medium.isEmpty() && SpeechVerbs.takesAddressee(t.lemma())) {
                medium = Media.of(article, speakers, scan, s, k);
            }
            if (medium.isEmpty()) {
                continue;
            }
            int from = k;
            while (from > s.firstToken() && !tokens.get(from - 1).text().equals(",")) {
                from--;
            }
            Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, k, from);
            if (subject.isPresent()) {
                Speaker who = speakers.of(subject.get());
                return Optional.of(new Given(s.span().start(), s.block(), who.entity(), medium.get()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
