package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Cue;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Finds, in one sentence, each cue of an attribution and what it attributes, in the shapes news uses:
 *
 * <ul>
 *   <li>source, cue, content: "Hewitt shared that …", "Bannon told the Courier that …", "Greaves said: “…”",
 *       "Dash said the club …" (no "that"), "Graham called both men “crazy”" (a view on an object);</li>
 *   <li>content, cue, source: "“…,” the actress revealed", "Four people are dead, Maddox told KRVX", "“…,” said
 *       Tim Pawlenty, the former governor"; and around the content: "The fire, Maddox said, started at 9" and
 *       "“…,” she said, “…”";</li>
 *   <li>a participle continuing the sentence's speaker: "…, adding that …", "…, saying …";</li>
 *   <li>a cited source, a label or a signature ({@link SourceCues}): "According to X, …", "X: …", "“…” ― X".</li>
 * </ul>
 * Verbs inside quoted speech are not cues of the article's own. Where content begins and ends is
 * {@link ClauseBounds}' part. The content is snapped outward to whole quoted stretches, so a quotation the
 * sentence splitter cut in two stays whole. Of two cues whose content holds the other's cue, one is kept, or the
 * outer one's content ends where the inner one's clause begins ({@link #nested}). Built per article; not
 * thread-safe.
 */
final class CueFrames {

    /** Words that link a participle to the sentence's subject: "began by saying", "before adding". */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "before", "after", "while", "without", "when",
            "in", "then", "and");

    /** Verbs of view with which a poll, a study or records report a finding, after it as well as before it. */
    private static final Set<String> FINDINGS = Set.of("show", "find", "suggest", "indicate", "estimate", "conclude",
            "project", "predict");

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final QuoteScan scan;
    private final Speakers speakers;
    private final ClauseBounds bounds;
    private final SourceCues sources;
    private final NounCues nouns;

    CueFrames(AnnotatedArticle article, QuoteScan scan, Speakers speakers) {
        this.article = article;
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.scan = scan;
        this.speakers = speakers;
        this.bounds = new ClauseBounds(article, scan);
        this.sources = new SourceCues(article, scan, speakers, bounds);
        this.nouns = new NounCues(article, scan, speakers, bounds);
    }

    /** The attributions whose cue lies in {@code sentence}, in cue order. */
    List<Frame> in(Sentence sentence) {
        List<Frame> frames = new ArrayList<>();
        int first = sentence.firstToken();
        int end = sentence.endToken();
        for (int k = first; k < end; k++) {
            Token v = tokens.get(k);
            if (scan.isQuoted(v.span())) {
                continue;
            }
            Optional<Frame> frame = Optional.empty();
            if (v.text().equals(":") && k > first) {
                frame = sources.labelled(sentence, k);
            } else if (SourceCues.isDash(v) && k > 0) {
                frame = sources.signed(sentence, k);
            } else if (bounds.isAccordingTo(k, end) || sources.isPer(k, end)) {
                frame = sources.cited(sentence, k);
            } else if (sources.isHedge(k, end)) {
                frame = sources.hedged(sentence, k);
            } else if (isAskedPassive(k, first)) {
                frame = asked(sentence, k);
            } else if (nouns.isCue(k, end)) {
                frame = nouns.at(sentence, k);
            } else if (v.pos().startsWith("VB") && (SpeechVerbs.attributes(v.lemma()) || isPutIt(k, end) || topicAt(k, end) > 0)
                    && !isAuxiliaryUse(k, end) && !isModifier(k, first)) {
                frame = verb(sentence, k, frames);
            }
            if (frame.isPresent()) {
                frames.add(frame.get());
            }
        }
        return nested(frames);
    }

    /** A cue verb at {@code k}: its speaker and its content before it, after it, or both. */
    private Optional<Frame> verb(Sentence sentence, int k, List<Frame> earlier) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        Token v = tokens.get(k);
        boolean putIt = isPutIt(k, end);
        boolean speech = SpeechVerbs.isSpeech(v.lemma()) || putIt;
        Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, k, first);
        int verbGroup = bounds.skipBetween(k, first); // where the cue starts with its auxiliaries and adverbs: "has often said"
        int beforeSubject = subject.map(CuePhrases.Phrase::first).orElse(verbGroup);
        Optional<CuePhrases.Phrase> inverted = Optional.empty();
        int afterCue = putIt ? k + 2 : k + 1;
        if (speech && (subject.isEmpty() || beforeSubject == k) && bounds.isSpeechEnd(k - 1, first) && !v.pos().equals("VBG")) {
            // "…," said Tim Pawlenty, the former governor: the speaker follows the verb. Not in "Graham, a
            // candidate, said Obama is overselling it", where the phrase after the verb is its content's subject.
            inverted = CuePhrases.after(tokens, k + 1, end).filter(p -> !bounds.opensClause(p.headEnd(), end));
            if (inverted.isPresent()) {
                afterCue = inverted.get().end();
            }
        }
        Span cueSpan = v.span();
        int topic = inverted.isEmpty() ? topicAt(k, end) : -1;
        int complement = topic > 0 ? topic : bounds.complementStart(k, afterCue, end, speech);
        int clauseEnd = bounds.clauseEnd(Math.max(complement, afterCue), end);
        // "The difference, he told me on Friday, is …": the comma may follow the addressee and a time.
        boolean commaAfter = bounds.startsWithComma(afterCue, end)
                || complement > afterCue && complement < end && bounds.startsWithComma(complement - 1, end);
        Optional<Span> after = Optional.empty();
        if (topic > 0 && complement < clauseEnd && isTopic(tokens.get(complement))) {
            after = Optional.of(bounds.tokenSpan(complement, clauseEnd)); // "talked about the storm"
        } else if (topic < 0 && complement < clauseEnd && bounds.isContent(complement, clauseEnd, v.lemma(), speech,
                complement > afterCue && bounds.isThat(complement - 1))) {
            after = Optional.of(bounds.tokenSpan(complement, clauseEnd));
        }
        // "The museum, Mr. Bush said, celebrated his heroes": a cue set between commas inside its content.
        Optional<Span> rest = after.isEmpty() && speech && commaAfter && complement < clauseEnd && bounds.isPredicate(complement)
                ? Optional.of(bounds.tokenSpan(complement, clauseEnd)) : Optional.empty();
        if (after.isEmpty() && rest.isEmpty() && speech && subject.isPresent() && inverted.isEmpty()
                && subject.get().first() > first && isRelativePronoun(subject.get().first() - 1) && complement < clauseEnd
                && bounds.isPredicate(complement)) {
            // "moves that he said improved the economy": PolNeAR's content is the relative clause, its source and
            // cue inside it.
            after = Optional.of(bounds.tokenSpan(subject.get().first() - 1, clauseEnd));
        }
        // Content before the cue: "“…,” the actress revealed", "Four people are dead, Maddox told KRVX".
        Optional<Span> before = Optional.empty();
        boolean quoteBefore = false;
        int boundary = subject.isPresent() && inverted.isEmpty() ? beforeSubject : verbGroup;
        boolean participle = isParticiple(k);
        boolean sourced = subject.isPresent() || inverted.isPresent();
        // Polls, records and studies report as speakers do: "…, the poll found", "…, FEC records show".
        boolean reports = speech || FINDINGS.contains(v.lemma());
        if (reports && !participle && sourced && bounds.isContentEnd(boundary - 1, first)) {
            int contentEnd = bounds.contentEndBefore(boundary, first);
            int contentStart = bounds.contentStartBefore(contentEnd, first);
            if (contentEnd > contentStart) {
                Span span = bounds.tokenSpan(contentStart, contentEnd);
                boolean parenthetical = commaAfter && (after.isPresent() || rest.isPresent())
                        && tokens.get(boundary - 1).text().equals(",");
                if (bounds.hasClause(contentStart, contentEnd) || scan.overlapsSpeech(span) || parenthetical) {
                    before = Optional.of(span);
                    quoteBefore = TokenSearch.isQuoteMark(tokens.get(boundary - 1)) || tokens.get(boundary - 1).text().equals(",")
                            && boundary - 2 >= first && TokenSearch.isQuoteMark(tokens.get(boundary - 2));
                }
            }
        }
        if (before.isEmpty() && after.isEmpty() && speech && !participle && sourced && boundary <= first + 1 && first > 0) {
            // "“… what I'm saying?” the music mogul said.": the splitter ended the sentence inside the quotation
            // or just after it, so the cue's sentence starts at (or just after) the closing mark.
            Token mark = tokens.get(boundary - 1);
            Optional<QuotationMarks.Quoted> quoted = TokenSearch.isQuoteMark(mark)
                    ? scan.endingAt(mark.span().end(), sentence.block()) : Optional.empty();
            if (quoted.isPresent()) {
                before = Optional.of(quoted.get().outer());
                quoteBefore = true;
            }
        }
        if (before.isPresent() && after.isEmpty() && rest.isEmpty() && !quoteBefore && commaAfter && complement < clauseEnd
                && !scan.overlapsSpeech(before.get()) && !bounds.opensSpeech(tokens.get(complement))
                && !opensParticiple(complement, clauseEnd)) {
            // "The argument would be aided, Devine said, by the calendar": PolNeAR's content runs on past a cue set
            // between commas, whatever follows it.
            rest = Optional.of(bounds.tokenSpan(complement, clauseEnd));
        }
        if (before.isPresent() && (after.isPresent() || rest.isPresent())) {
            Optional<Span> following = after.isPresent() ? after : rest;
            boolean quoteAfter = bounds.opensSpeech(tokens.get(complement));
            if (quoteBefore && quoteAfter && bounds.endsWithQuestion(before.get()) && !v.lemma().equals("ask")) {
                // "“Why now?” Mills writes back, “You look cute.”": a question, then the reply the cue introduces.
                before = Optional.empty();
            } else if (quoteBefore || inverted.isPresent()) {
                // "“…,” she said, “…”" continues the quotation; anything else after the cue ("she said of the
                // election, in which …") is the narrator's.
                after = quoteAfter ? following : Optional.empty();
            } else if (commaAfter && !quoteAfter) {
                after = following; // content on both sides of the cue
            } else {
                // "Yesterday, officials said that …", "Asked about it, Adelson said, “…”": a fronted phrase, not
                // content.
                before = Optional.empty();
            }
        }
        boolean sourceAfter = before.isPresent();
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        if (SpeechVerbs.isQuoteOnly(v.lemma()) && !quoteBefore && !after.map(scan::overlapsSpeech).orElse(false)) {
            return Optional.empty(); // "the talks are continuing", "Threlkeld laughed": speech only beside a quote
        }
        Optional<Speaker> speaker;
        if (inverted.isPresent()) {
            speaker = Optional.of(speakers.of(inverted.get()));
        } else if (subject.isPresent() && !isRelativeOrThat(subject.get())) {
            speaker = Optional.of(speakers.of(subject.get()));
        } else if (verbGroup > first && tokens.get(verbGroup - 1).pos().equals("CC")) {
            // "Carson took the stage … and called the system “rotten”", "… and has often said that …": the
            // subject of the first predicate.
            speaker = earlier.isEmpty() ? firstSubject(sentence, k) : earlier.get(earlier.size() - 1).speaker;
        } else if (participle) {
            // "…, adding that …": the speaker of the sentence's earlier cue, else its opening subject.
            speaker = earlier.isEmpty() ? firstSubject(sentence, k) : earlier.get(earlier.size() - 1).speaker;
        } else {
            speaker = relativeSubject(k, first);
            if (speaker.isPresent() && after.isPresent()) {
                // "Clinton, who called Sanders after the result, told her supporters …": the relative clause
                // ends at its comma.
                after = Optional.of(untilComma(after.get()));
            }
        }
        if (!speech && speaker.isEmpty()) {
            return Optional.empty(); // a view with no one holding it ("Fans couldn't help but feel sorry …")
        }
        Span content = before.isPresent() && after.isPresent() ? before.get().cover(after.get())
                : before.orElseGet(after::get);
        content = scan.snap(content);
        Frame frame = new Frame(content, speaker, Optional.of(new Cue(cueSpan, cueSpan.of(text))),
                Media.of(article, speakers, scan, sentence, k), sentence.block(), sentence.span().end(), sourceAfter);
        if (inverted.isEmpty()) {
            frame.source = subject.map(p -> bounds.tokenSpan(p.first(), p.end()));
        }
        // "saying only that “the families come first”": the words are quoted, the clause is reported.
        frame.reported = after.isPresent() && before.isEmpty() && complement > afterCue && bounds.isThat(complement - 1);
        if (sourceAfter) {
            int from = bounds.contentEndBefore(boundary, first);
            int to = after.isPresent() ? complement : end;
            if (from < to) {
                frame.cueClause = Optional.of(bounds.tokenSpan(from, to));
            }
        }
        return Optional.of(frame);
    }

    /**
     * Drops a cue whose content lies inside another cue's content in the same sentence, keeping the outer one
     * (PolNeAR gives each word to one attribution); a citation holding another speaker's cue instead becomes
     * that cue's {@code via} ("According to People, Dash also revealed …": Dash, via People).
     */
    private List<Frame> nested(List<Frame> frames) {
        List<Frame> out = new ArrayList<>(frames);
        for (Frame c : frames) {
            if (!c.citation) {
                continue;
            }
            List<Frame> inner = frames.stream().filter(g -> g != c && !g.citation && g.speaker.isPresent()
                    && c.content.contains(g.cue.get().span()) && isMainSpeech(c.content, g.cue.get().span())).toList();
            if (!inner.isEmpty()) {
                inner.forEach(g -> g.via = c.speaker.map(s -> s.name().orElse(s.text())));
                out.remove(c);
            }
        }
        // Widest first, so that two cues inside each other's content ("… are continuing, he said") keep one.
        out.sort(Comparator.comparingInt((Frame f) -> f.content.length()).reversed());
        List<Frame> kept = new ArrayList<>();
        for (Frame f : out) {
            Optional<Frame> outer = kept.stream().filter(g -> g.content.contains(f.cue.get().span())).findFirst();
            if (outer.isPresent() && f.sourceAfter && f.content.contains(outer.get().cue.get().span())
                    && scan.overlapsSpeech(f.content)) {
                // "Polling shows that ''the public is uneasy,'' said Tempel": the quotation's own cue and speaker
                // come after it and take the whole sentence before them.
                kept.remove(outer.get());
                kept.add(f);
            } else if (outer.isEmpty() || !f.nominal && endBefore(outer.get(), f)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing((Frame f) -> f.cue.get().span()));
        return kept;
    }

    /**
     * True when {@code cue} is a verb of saying and the first verb of {@code content}: "According to People, Dash
     * also revealed that …" passes Dash's words on, while in "According to the Post, campaign officials looked
     * into what would happen if he announced …" the Post is the source of all of it.
     */
    private boolean isMainSpeech(Span content, Span cue) {
        int v = TokenSearch.firstFrom(tokens, cue.start());
        if (!SpeechVerbs.isSpeech(tokens.get(v).lemma())) {
            return false;
        }
        for (int j = TokenSearch.firstFrom(tokens, content.start()); j < v; j++) {
            Token t = tokens.get(j);
            boolean auxiliary = Set.of("have", "be", "do").contains(t.lemma()) || t.pos().equals("MD");
            if (t.pos().startsWith("VB") && !auxiliary && !scan.isQuoted(t.span())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ends {@code outer}'s content before {@code inner}'s clause when a new clause of the narrator's opens there:
     * "Republicans said they are convinced …, and Democrats accused the GOP of …", "… asked for $27, which he
     * claimed as the average donation". PolNeAR gives each of them its own attribution. Returns false, changing
     * nothing, when the inner cue is part of what the outer one reports ("Trump said Obama said …").
     */
    private boolean endBefore(Frame outer, Frame inner) {
        Span outerCue = outer.cue.get().span();
        if (outer.sourceAfter || outer.citation || outer.content.start() < outerCue.end()
                || inner.cue.get().span().start() < outerCue.end()) {
            return false;
        }
        int clause = inner.cue.get().span().start();
        if (inner.speaker.isPresent() && outer.content.contains(inner.speaker.get().span())) {
            clause = Math.min(clause, inner.speaker.get().span().start());
        }
        if (inner.source.isPresent() && outer.content.contains(inner.source.get())) {
            clause = Math.min(clause, inner.source.get().start());
        }
        if (inner.content.start() > outer.content.start()) {
            clause = Math.min(clause, inner.content.start());
        }
        int j = TokenSearch.firstFrom(tokens, clause);
        int first = TokenSearch.firstFrom(tokens, outer.content.start());
        int cut = j;
        while (cut > first && bounds.isClauseLink(tokens.get(cut - 1))) {
            cut--;
        }
        int end = cut;
        while (end > first && ClauseBounds.isTrailingPunct(tokens.get(end - 1))) {
            end--;
        }
        if (cut == j || end == first) {
            return false;
        }
        outer.content = new Span(outer.content.start(), tokens.get(end - 1).span().end());
        return true;
    }

    /** "as the prosecutor put it, “…”": the idiom is a cue of speech. */
    private boolean isPutIt(int k, int end) {
        return tokens.get(k).lemma().equals("put") && k + 1 < end && ClauseBounds.lower(tokens.get(k + 1)).equals("it")
                && k > 1 && ClauseBounds.lower(tokens.get(k - 2)).equals("as") || tokens.get(k).lemma().equals("put") && k + 1 < end
                && ClauseBounds.lower(tokens.get(k + 1)).equals("it") && k > 2 && ClauseBounds.lower(tokens.get(k - 3)).equals("as");
    }

    /** "Asked whether …", "when asked about …", "he was asked to name …": a question put to the sentence's subject. */
    private boolean isAskedPassive(int k, int first) {
        Token v = tokens.get(k);
        if (!v.lemma().equals("ask") || !(v.pos().equals("VBN") || v.pos().equals("VBD") && k == first)) {
            return false;
        }
        return k == first || Set.of("when", "was", "were", "been", "being", "is", "are", "if", "after", "once", "as")
                .contains(ClauseBounds.lower(tokens.get(k - 1)));
    }

    /**
     * The question of "Asked whether he would run, Reid said …" or "Asked about the plan, …": PolNeAR annotates it
     * as content with the asker as source ("when asked by a reporter whether …"), or none.
     */
    private Optional<Frame> asked(Sentence sentence, int k) {
        int end = sentence.endToken();
        int j = k + 1;
        Optional<Speaker> asker = Optional.empty();
        if (j + 1 < end && ClauseBounds.lower(tokens.get(j)).equals("by")) {
            Optional<CuePhrases.Phrase> by = CuePhrases.after(tokens, j + 1, end);
            if (by.isEmpty()) {
                return Optional.empty();
            }
            asker = Optional.of(speakers.of(by.get()));
            j = by.get().end();
        }
        while (j < end && (tokens.get(j).pos().equals("RB") || ClauseBounds.lower(tokens.get(j)).equals("about"))) {
            j++;
        }
        int clauseEnd = bounds.clauseEnd(j, end);
        for (int c = j + 1; c < clauseEnd; c++) {
            if (tokens.get(c).text().equals(",") && !scan.isQuoted(tokens.get(c).span())) {
                clauseEnd = c; // "Asked about the cost, Vell left": the question ends where the sentence's clause begins
                break;
            }
        }
        if (j >= clauseEnd || !isTopic(tokens.get(j)) && !tokens.get(j).pos().equals("TO")
                && !Set.of("whether", "if").contains(ClauseBounds.lower(tokens.get(j)))) {
            return Optional.empty();
        }
        Span cue = tokens.get(k).span();
        return Optional.of(new Frame(scan.snap(bounds.tokenSpan(j, clauseEnd)), asker, Optional.of(new Cue(cue, cue.of(text))),
                Optional.empty(), sentence.block(), sentence.span().end(), false));
    }

    /** Where the topic of a verb such as "talked about" or "voted against" starts (past the preposition), or -1. */
    private int topicAt(int k, int end) {
        int j = k + 1;
        while (j < end && j <= k + 2 && (tokens.get(j).pos().equals("RB") || tokens.get(j).pos().equals("RP"))) {
            j++; // "talked openly about", "lashed out at"
        }
        String lemma = tokens.get(k).lemma();
        if (j + 1 < end && SpeechVerbs.takesTopic(lemma, ClauseBounds.lower(tokens.get(j)))) {
            return j + 1;
        }
        if (SpeechVerbs.takesAddressee(lemma) && j < end && !tokens.get(k).pos().equals("VBN")) {
            // "asked Trump about statements he had made", "warned voters of the cost": past the addressee.
            Optional<CuePhrases.Phrase> addressee = CuePhrases.after(tokens, j, end);
            int p = addressee.map(CuePhrases.Phrase::end).orElse(j);
            if (p > j && p + 1 < end && SpeechVerbs.takesTopic(lemma, ClauseBounds.lower(tokens.get(p)))) {
                return p + 1;
            }
        }
        return -1;
    }

    /** A topic's first word: a noun phrase's, a gerund's or a question word's. */
    private static boolean isTopic(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.startsWith("PRP") || pos.startsWith("NN") || pos.equals("CD") || pos.startsWith("JJ")
                || pos.equals("VBG") || pos.equals("WP") || pos.equals("WRB") || t.isNamed() || TokenSearch.isQuoteMark(t);
    }

    /** "adding …", "before insisting …": a participle, maybe after a linking word, opening at {@code j}. */
    private boolean opensParticiple(int j, int end) {
        int v = PARTICIPLE_LINKS.contains(ClauseBounds.lower(tokens.get(j))) && j + 1 < end ? j + 1 : j;
        return tokens.get(v).pos().equals("VBG");
    }

    private boolean isRelativePronoun(int j) {
        String w = ClauseBounds.lower(tokens.get(j));
        return w.equals("that") || w.equals("which") || w.equals("who") || w.equals("whom");
    }

    /** "a supporting part", "the leading scorer": a participle used as an adjective before a noun. */
    private boolean isModifier(int k, int first) {
        Token v = tokens.get(k);
        if (!(v.pos().equals("VBG") || v.pos().equals("VBN")) || k == first) {
            return false;
        }
        String before = tokens.get(k - 1).pos();
        return before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ") || before.equals("POS");
    }

    /** "say" and "tell" as parts of other phrases: "that is to say", "needless to say", "That said, …". */
    private boolean isAuxiliaryUse(int k, int end) {
        Token v = tokens.get(k);
        if (k > 0 && k + 1 < end && tokens.get(k + 1).text().equals(",") && Set.of("that", "this")
                .contains(ClauseBounds.lower(tokens.get(k - 1)))) {
            return true;
        }
        if (k > 0 && tokens.get(k - 1).pos().equals("TO") && (k < 2 || !tokens.get(k - 2).pos().startsWith("VB"))) {
            return true; // "to say", "needless to say"
        }
        // A past participle is a cue only after "have" ("has said"): "was told", "were asked" are passives whose
        // subject is the addressee, and "Asked about it, …" or "the remarks, said to …" name no source.
        if (!v.pos().equals("VBN") || k > 0 && tokens.get(k - 1).text().equals(",")) {
            return false; // after an apposition ("Greaves, who …, called") the tagger's VBN is a past tense
        }
        for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
            Token t = tokens.get(j);
            if (t.lemma().equals("have") && t.pos().startsWith("VB")) {
                return false;
            }
            if (!t.pos().equals("RB") && !t.pos().equals("MD") && !t.pos().startsWith("PRP")) {
                break;
            }
        }
        return !(k + 1 < end && ClauseBounds.lower(tokens.get(k + 1)).equals("by"));
    }

    /** "…, adding that …", "began by saying …", "before saying …": a participle of the sentence's speaker. */
    private boolean isParticiple(int k) {
        if (!tokens.get(k).pos().equals("VBG") || k == 0) {
            return false;
        }
        String before = ClauseBounds.lower(tokens.get(k - 1));
        return before.equals(",") || PARTICIPLE_LINKS.contains(before)
                || TokenSearch.isQuoteMark(tokens.get(k - 1)) && scan.endsQuote(tokens.get(k - 1).span().end());
    }

    /**
     * "Kasich, who has repeatedly pledged to …": the relative pronoun is where the sentence names the speaker, and
     * the noun before it who the speaker is.
     */
    private Optional<Speaker> relativeSubject(int verb, int first) {
        int j = bounds.skipBetween(verb, first) - 1;
        if (j < first || !(tokens.get(j).pos().equals("WP") || ClauseBounds.lower(tokens.get(j)).equals("who"))) {
            return Optional.empty();
        }
        int antecedent = j > first && tokens.get(j - 1).text().equals(",") ? j - 1 : j;
        Optional<CuePhrases.Phrase> noun = CuePhrases.before(tokens, antecedent, first);
        Speaker who = speakers.of(j, j + 1);
        if (noun.isEmpty()) {
            return Optional.of(who);
        }
        Speaker named = speakers.of(noun.get());
        return Optional.of(new Speaker(who.span(), who.text(), named.name(), named.entity()));
    }

    /** {@code span} up to its first comma outside quotation marks. */
    private Span untilComma(Span span) {
        int from = TokenSearch.firstFrom(tokens, span.start());
        for (int j = from; j < tokens.size() && tokens.get(j).span().end() <= span.end(); j++) {
            if (tokens.get(j).text().equals(",") && !scan.isQuoted(tokens.get(j).span()) && j > from) {
                return new Span(span.start(), tokens.get(j - 1).span().end());
            }
        }
        return span;
    }

    /** The subject of the sentence's first verb before {@code cue}, for a second predicate joined by "and". */
    private Optional<Speaker> firstSubject(Sentence sentence, int cue) {
        return CuePhrases.firstSubject(tokens, scan, sentence.firstToken(), cue).map(speakers::of);
    }

    private boolean isRelativeOrThat(CuePhrases.Phrase p) {
        return CuePhrases.isRelativeOrThat(tokens, p);
    }
}
