package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Cue;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Cues that name a source without a verb of saying: a name and a colon opening a headline or a transcript's
 * turn ("Warren: Trump Is a ‘Proven Failure’", "MATTHEWS: Well, …"), a quotation signed with a dash and a name,
 * and a cited source ("According to X, …", "…, according to X", "Per X, …"); and hedges that name no source
 * at all ("is expected to", "appears to", "reportedly"). Built per article; not thread-safe.
 */
final class SourceCues {

    /** Nouns a headline names as its source before a colon ("Poll: Trump and Clinton hold narrow leads"). */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "polls", "survey", "report", "study", "analysis",
            "sources", "officials", "aides", "documents", "memo", "lawsuit", "filing");

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final QuoteScan scan;
    private final Speakers speakers;
    private final ClauseBounds bounds;

    SourceCues(AnnotatedArticle article, QuoteScan scan, Speakers speakers, ClauseBounds bounds) {
        this.article = article;
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.scan = scan;
        this.speakers = speakers;
        this.bounds = bounds;
    }

    /**
     * "Warren: Trump Is a ‘Proven Failure’", "MATTHEWS: Well, speculation is bad", "Cruz on ethanol: “…”": a name and
     * a colon opening the sentence make the rest that name's words, in a headline, in a transcript's speaker label
     * (the name in capitals) or before a quotation. Other labels ("Update:", "Note:") name no one.
     */
    Optional<Frame> labelled(Sentence sentence, int colon) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int nameEnd = colon;
        // "Cruz on ethanol:": a topic after the name.
        for (int j = first + 1; j < colon; j++) {
            if (ClauseBounds.lower(tokens.get(j)).equals("on") || ClauseBounds.lower(tokens.get(j)).equals("to")) {
                nameEnd = j;
                break;
            }
        }
        Optional<CuePhrases.Phrase> label = CuePhrases.before(tokens, nameEnd, first);
        if (label.isEmpty() || label.get().first() != first || nameEnd - first > 7 || colon - first > 12) {
            return Optional.empty();
        }
        CuePhrases.Phrase name = label.get();
        boolean named = false;
        boolean capitals = true;
        boolean place = false;
        int letters = 0;
        for (int j = name.headFirst(); j < name.headEnd(); j++) {
            Token t = tokens.get(j);
            named |= t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
            place |= t.ner().equals("LOCATION");
            capitals &= t.text().equals(t.text().toUpperCase(Locale.ROOT));
            letters += (int) t.text().chars().filter(Character::isLetter).count();
        }
        String head = ClauseBounds.lower(tokens.get(name.headEnd() - 1));
        // "MATTHEWS:", "JOEL BENENSON:": a transcript's turns (a section label in capitals, "HUMAN RIGHTS:", names
        // no one); "Poll:", "Report:": a headline's source.
        boolean transcript = capitals && !place && letters >= 2 && (named || name.headEnd() - name.headFirst() == 1);
        boolean source = SOURCE_NOUNS.contains(head);
        int contentStart = colon + 1;
        int clauseEnd = bounds.clauseEnd(contentStart, end);
        if (!(named || transcript || source) || clauseEnd - contentStart < 2) {
            return Optional.empty();
        }
        boolean headline = article.article().blocks().get(sentence.block()).kind().ordinal() <= 1
                || QuoteExtractor.previousBody(article.article().blocks(), sentence.block()) < 0;
        boolean quoted = TokenSearch.isQuoteMark(tokens.get(contentStart));
        Span block = article.article().blocks().get(sentence.block()).span();
        boolean opensParagraph = text.substring(block.start(), tokens.get(first).span().start()).isBlank();
        if (!headline && !transcript && !quoted && !(named && opensParagraph)) {
            return Optional.empty();
        }
        Span content = bounds.tokenSpan(contentStart, clauseEnd);
        if (opensParagraph && !headline) {
            // A speaker's turn in a transcript, or a name and a colon heading a paragraph, runs to its end.
            int last = TokenSearch.firstFrom(tokens, block.end()) - 1;
            content = new Span(content.start(), Math.max(content.end(), tokens.get(last).span().end()));
        }
        Span colonSpan = tokens.get(colon).span();
        Frame frame = new Frame(scan.snap(content), Optional.of(speakers.of(name)),
                Optional.of(new Cue(colonSpan, colonSpan.of(text))), Optional.empty(), sentence.block(),
                sentence.span().end(), false);
        return Optional.of(frame);
    }

    /** "“… what the system has become.” ― Christina Lastra": a quotation signed with a dash and a name. */
    Optional<Frame> signed(Sentence sentence, int dash) {
        Token mark = tokens.get(dash - 1);
        Optional<QuotationMarks.Quoted> quoted = TokenSearch.isQuoteMark(mark)
                ? scan.endingAt(mark.span().end(), sentence.block()) : Optional.empty();
        Optional<CuePhrases.Phrase> name = CuePhrases.after(tokens, dash + 1, sentence.endToken());
        if (quoted.isEmpty() || name.isEmpty() || !CuePhrases.isName(tokens, name.get().headFirst(), name.get().headEnd())) {
            return Optional.empty();
        }
        int after = name.get().end();
        if (after < sentence.endToken() && !ClauseBounds.isTrailingPunct(tokens.get(after))) {
            return Optional.empty();
        }
        Span dashSpan = tokens.get(dash).span();
        return Optional.of(new Frame(quoted.get().outer(), Optional.of(speakers.of(name.get())),
                Optional.of(new Cue(dashSpan, dashSpan.of(text))), Optional.empty(), sentence.block(), sentence.span().end(),
                true));
    }

    static boolean isDash(Token t) {
        String w = t.text();
        return w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--");
    }

    /**
     * "According to X, …", "…, according to X", "Per X, …": X is the source of the rest. X runs to the next comma
     * outside quotation marks ("According to early results of exit polls conducted by Edison Research for the
     * networks, …"), past an apposition ("according to Bill McInturff, a Republican pollster, …"); the content is
     * the clause before the cue, the clause after X, or both ("Trump gave his blessing, according to court
     * documents, becoming a 93 percent owner"), as PolNeAR annotates them.
     */
    Optional<Frame> cited(Sentence sentence, int k) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int sourceFrom = tokens.get(k).lemma().equals("accord") ? k + 2 : k + 1;
        int sourceEnd = phraseEnd(sourceFrom, end);
        if (sourceEnd == sourceFrom) {
            return Optional.empty();
        }
        Span cueSpan = bounds.tokenSpan(k, sourceFrom);
        Optional<Span> content = Optional.empty();
        if (k > first && bounds.isContentEnd(k - 1, first)) {
            int contentEnd = bounds.contentEndBefore(k, first);
            if (contentEnd > first) {
                content = Optional.of(bounds.tokenSpan(first, contentEnd));
            }
        } else if (k > first + 1 && !ClauseBounds.isTrailingPunct(tokens.get(k - 1))) {
            // "82 percent of whom view Trump unfavorably according to the poll": no comma before the cue.
            int from = bounds.contentStartBefore(k, first);
            if (bounds.hasClause(from, k)) {
                content = Optional.of(bounds.tokenSpan(from, k));
            }
        }
        int rest = sourceEnd;
        while (rest < end && tokens.get(rest).text().equals(",") && isApposition(rest + 1, end)) {
            rest = phraseEnd(rest + 1, end); // "…, according to Fell, his producer" is his apposition
        }
        if (rest < end && tokens.get(rest).text().equals(",")) {
            int clauseEnd = bounds.clauseEnd(rest + 1, end);
            // "Y, according to X, Z": Z must be a clause or a participle of Y's.
            if (clauseEnd > rest + 1 && (content.isEmpty() || bounds.hasClause(rest + 1, clauseEnd))) {
                Span after = bounds.tokenSpan(rest + 1, clauseEnd);
                content = Optional.of(content.map(c -> c.cover(after)).orElse(after));
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<CuePhrases.Phrase> source = CuePhrases.after(tokens, sourceFrom, sourceEnd);
        Speaker speaker = source.map(speakers::of).orElseGet(() -> speakers.of(sourceFrom, sourceEnd));
        Frame frame = new Frame(scan.snap(content.get()), Optional.of(speaker),
                Optional.of(new Cue(cueSpan, cueSpan.of(text))), Optional.empty(), sentence.block(),
                sentence.span().end(), false);
        frame.citation = true;
        return Optional.of(frame);
    }

    /** Where a phrase starting at {@code from} ends: the next comma, semicolon or dash outside quotation marks. */
    private int phraseEnd(int from, int end) {
        int j = from;
        while (j < end) {
            Token t = tokens.get(j);
            String w = t.text();
            if ((w.equals(",") || w.equals(";") || SourceCues.isDash(t) || w.equals(".")) && !scan.isQuoted(t.span())) {
                break;
            }
            j++;
        }
        return j;
    }

    /** A noun phrase in apposition from {@code from}: no finite verb before its closing comma, or a relative clause. */
    private boolean isApposition(int from, int end) {
        if (from >= end) {
            return false;
        }
        String pos = tokens.get(from).pos();
        if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$") || pos.equals("CD"))) {
            return false;
        }
        for (int j = from; j < end; j++) {
            Token t = tokens.get(j);
            String w = ClauseBounds.lower(t);
            if (w.equals(",") || w.equals(".")) {
                return true;
            }
            if (w.equals("who") || w.equals("which") || t.pos().equals("WDT") || t.pos().equals("WP")) {
                return true;
            }
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hedge at {@code k}: "is expected to", "seems", "appears to" or "appear unlikely", "reportedly". News uses
     * them to report what someone unnamed thinks or says, and PolNeAR annotates them as cues of an attribution
     * without a source (Newell et al., LREC 2018); "appeared at a rally" is no hedge.
     */
    boolean isHedge(int k, int end) {
        Token t = tokens.get(k);
        String w = ClauseBounds.lower(t);
        if (w.equals("reportedly") || w.equals("purportedly") || w.equals("allegedly")) {
            return k + 1 < end;
        }
        if (!t.pos().startsWith("VB") || k + 1 >= end) {
            return false;
        }
        Token next = tokens.get(k + 1);
        String n = ClauseBounds.lower(next);
        return switch (t.lemma()) {
            case "seem" -> n.equals("to") || n.equals("that") || n.equals("like") || n.equals("as") || n.equals("poised")
                    || next.pos().startsWith("JJ") || next.pos().startsWith("RB");
            case "appear" -> n.equals("to") && k + 2 < end && tokens.get(k + 2).pos().startsWith("VB") || n.equals("that")
                    || next.pos().startsWith("JJ") && !n.equals("next");
            case "expect" -> t.pos().equals("VBN") && n.equals("to") && k > 0 && isBe(k - 1);
            default -> false;
        };
    }

    /** "is expected", "are widely expected", "was not expected": a form of "be" before {@code j}'s verb, past adverbs. */
    private boolean isBe(int j) {
        int i = j;
        while (i > 0 && tokens.get(i).pos().startsWith("RB")) {
            i--;
        }
        return tokens.get(i).lemma().equals("be");
    }

    /**
     * The attribution a hedge at {@code k} cues: no source, the hedge (with its "is" and adverbs) as cue, and the
     * clause around it, from its subject to where the narrator takes over, as content: "Trump is expected to
     * deliver a speech tonight", "there seems to be more interest in slot machines".
     */
    Optional<Frame> hedged(Sentence sentence, int k) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int cueFirst = k;
        if (tokens.get(k).lemma().equals("expect")) {
            while (cueFirst > first && (tokens.get(cueFirst - 1).pos().startsWith("RB") || tokens.get(cueFirst - 1).lemma().equals("be"))) {
                cueFirst--;
            }
        }
        int start = bounds.contentStartBefore(cueFirst, first);
        Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, cueFirst, first);
        if (subject.isPresent()) {
            start = Math.max(start, subject.get().first());
        }
        int before = subject.map(CuePhrases.Phrase::first).orElse(cueFirst) - 1;
        if (before >= start && (tokens.get(before).pos().startsWith("W") || ClauseBounds.lower(tokens.get(before)).equals("that")
                || tokens.get(before).pos().equals("EX") || ClauseBounds.lower(tokens.get(before)).equals("it"))) {
            start = before; // "which is widely expected to come", "there seems to be", "it appears that"
        }
        int clauseEnd = bounds.clauseEnd(k + 1, end);
        if (clauseEnd <= k + 1) {
            return Optional.empty();
        }
        Span cueSpan = bounds.tokenSpan(cueFirst, k + 1);
        return Optional.of(new Frame(scan.snap(bounds.tokenSpan(start, clauseEnd)), Optional.empty(),
                Optional.of(new Cue(cueSpan, cueSpan.of(text))), Optional.empty(), sentence.block(), sentence.span().end(),
                false));
    }

    /** "Per X," at the start of a clause or ", per X": not "per year" or "$5 per share". */
    boolean isPer(int k, int end) {
        if (!ClauseBounds.lower(tokens.get(k)).equals("per") || k + 1 >= end) {
            return false;
        }
        boolean opens = k == 0 || tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals("(")
                || tokens.get(k - 1).pos().equals("CC")
                || article.sentenceAt(tokens.get(k).span().start()).map(s -> s.firstToken()).orElse(-1) == k;
        return opens && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
    }
}
