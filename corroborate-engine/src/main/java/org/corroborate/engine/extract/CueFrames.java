package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Finds, in one sentence, each cue of an attribution and what it attributes, in the shapes news uses:
 *
 * <ul>
 *   <li>source, cue, content: "Hewitt shared that …", "Bannon told the Courier that …", "Greaves said: “…”",
 *       "Dash said the club …" (no "that"), "Graham called both men “crazy”" (a view on an object);</li>
 *   <li>content, cue, source: "“…,” the actress revealed", "Four people are dead, Maddox told KRVX", "“…,” said
 *       Tim Pawlenty, the former governor"; and around the content: "The fire, Maddox said, started at 9" and
 *       "“…,” she said, “…”";</li>
 *   <li>a participle continuing the sentence's speaker: "…, adding that …", "…, saying …";</li>
 *   <li>a cited source: "According to X, …", "…, according to X", "Per X, …".</li>
 * </ul>
 * Verbs inside quoted speech are not cues of the article's own. The content is snapped outward to whole quoted
 * stretches, so a quotation the sentence splitter cut in two stays whole. Built per article; not thread-safe.
 */
final class CueFrames {

    /** Words that end reported content when a comma precedes them: the narrator takes over again. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though", "yet");
    /** Prepositions of a phrase between a speech verb and its content ("said in a statement that …"). */
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "with", "via",
            "through", "from", "after", "before", "of", "about", "over", "outside", "inside", "near", "since", "last",
            "this", "early", "late", "earlier", "later", "for");
    /** Prepositions whose phrase is what the words were about, unless a "that", colon or quotation follows. */
    private static final Set<String> TOPICS = Set.of("about", "of", "over", "for");
    /** Verbs whose content may be an infinitive: an intention or a refusal. */
    private static final Set<String> INFINITIVES = Set.of("decline", "refuse", "agree", "promise", "pledge", "vow",
            "threaten", "plan", "intend", "seek", "want", "hope", "expect", "decide", "urge", "ask", "tell", "vote",
            "offer", "demand", "push", "press", "fail", "aim", "resolve", "move", "prefer", "wish", "encourage",
            "warn", "order", "advise", "beg", "implore", "exhort", "invite", "challenge", "dare", "call", "plead");
    /** Words that link a participle to the sentence's subject: "began by saying", "before adding". */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "before", "after", "while", "without", "when",
            "in", "then", "and");
    /** Words that make a number approximate ("about half", "nearly 40 percent"). */
    private static final Set<String> APPROXIMATIONS = Set.of("about", "nearly", "almost", "roughly", "around", "over",
            "under", "some", "more", "fewer", "less", "only", "just", "approximately");
    /** Particles of a phrasal verb of view, before its object. */
    private static final Set<String> PARTICLES = Set.of("to", "for", "on", "out", "up");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who",
            "which", "whom");
    /** Verbs of view whose content may be a plain object ("criticized Trump", "endorsed Clinton"). */
    private static final Set<String> OBJECT_VIEWS = Set.of("criticize", "criticise", "endorse", "support", "oppose",
            "praise", "defend", "reject", "dismiss", "question", "blame", "accuse", "call", "denounce", "condemn", "attack",
            "blast", "slam", "mock", "welcome", "back", "thank", "describe", "label", "dub", "brand", "characterize",
            "characterise", "portray", "deride", "applaud", "hail", "laud", "commend", "decry", "lambaste", "fault",
            "challenge", "dispute", "refute", "rebut", "cite", "propose", "promise", "pledge", "vow", "tout", "seek",
            "favor", "favour", "recommend", "demand", "urge", "want", "plan", "announce", "deny", "confirm", "predict",
            "acknowledge", "concede", "admit", "reveal", "warn", "ask", "blog", "post", "tweet", "quote", "read",
            "echo", "reiterate", "expect", "fear", "hope", "prefer", "view", "consider", "regard");

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final QuoteScan scan;
    private final Speakers speakers;

    CueFrames(AnnotatedArticle article, QuoteScan scan, Speakers speakers) {
        this.article = article;
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.scan = scan;
        this.speakers = speakers;
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
                frame = labelled(sentence, k);
            } else if (isDash(v) && k > 0) {
                frame = signed(sentence, k);
            } else if (isAccordingTo(k, end) || isPer(k, end)) {
                frame = cited(sentence, k);
            } else if (v.pos().startsWith("VB") && (SpeechVerbs.attributes(v.lemma()) || isPutIt(k, end))
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
        int beforeSubject = subject.map(CuePhrases.Phrase::first).orElse(skipBetween(k, first));
        Optional<CuePhrases.Phrase> inverted = Optional.empty();
        int afterCue = putIt ? k + 2 : k + 1;
        if (speech && (subject.isEmpty() || beforeSubject == k) && isSpeechEnd(k - 1, first) && !v.pos().equals("VBG")) {
            // "…," said Tim Pawlenty, the former governor: the speaker follows the verb. Not in "Graham, a
            // candidate, said Obama is overselling it", where the phrase after the verb is its content's subject.
            inverted = CuePhrases.after(tokens, k + 1, end).filter(p -> !opensClause(p.headEnd(), end));
            if (inverted.isPresent()) {
                afterCue = inverted.get().end();
            }
        }
        Span cueSpan = v.span();
        int complement = complementStart(k, afterCue, end, speech);
        int clauseEnd = clauseEnd(Math.max(complement, afterCue), end);
        // "The difference, he told me on Friday, is …": the comma may follow the addressee and a time.
        boolean commaAfter = startsWithComma(afterCue, end)
                || complement > afterCue && complement < end && startsWithComma(complement - 1, end);
        Optional<Span> after = Optional.empty();
        if (complement < clauseEnd && isContent(complement, clauseEnd, v.lemma(), speech, complement > afterCue
                && isThat(complement - 1))) {
            after = Optional.of(tokenSpan(complement, clauseEnd));
        }
        // "The museum, Mr. Bush said, celebrated his heroes": a cue set between commas inside its content.
        Optional<Span> rest = after.isEmpty() && speech && commaAfter && complement < clauseEnd && isPredicate(complement)
                ? Optional.of(tokenSpan(complement, clauseEnd)) : Optional.empty();
        // Content before the cue: "“…,” the actress revealed", "Four people are dead, Maddox told KRVX".
        Optional<Span> before = Optional.empty();
        boolean quoteBefore = false;
        int boundary = subject.isPresent() && inverted.isEmpty() ? beforeSubject : skipBetween(k, first);
        boolean participle = isParticiple(k);
        boolean sourced = subject.isPresent() || inverted.isPresent();
        if (speech && !participle && sourced && isContentEnd(boundary - 1, first)) {
            int contentEnd = contentEndBefore(boundary, first);
            int contentStart = contentStartBefore(contentEnd, first);
            if (contentEnd > contentStart) {
                Span span = tokenSpan(contentStart, contentEnd);
                boolean parenthetical = commaAfter && (after.isPresent() || rest.isPresent())
                        && tokens.get(boundary - 1).text().equals(",");
                if (hasClause(contentStart, contentEnd) || scan.overlapsSpeech(span) || parenthetical) {
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
        if (before.isPresent() && (after.isPresent() || rest.isPresent())) {
            Optional<Span> following = after.or(() -> rest);
            boolean quoteAfter = opensSpeech(tokens.get(complement));
            if (quoteBefore && quoteAfter && endsWithQuestion(before.get()) && !v.lemma().equals("ask")) {
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
        } else if (k > first && tokens.get(k - 1).pos().equals("CC")) {
            // "Carson took the stage … and called the system “rotten”": the subject of the first predicate.
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
        // "saying only that “the families come first”": the words are quoted, the clause is reported.
        frame.reported = after.isPresent() && before.isEmpty() && complement > afterCue && isThat(complement - 1);
        if (sourceAfter) {
            int from = contentEndBefore(boundary, first);
            int to = after.isPresent() ? complement : end;
            if (from < to) {
                frame.cueClause = Optional.of(tokenSpan(from, to));
            }
        }
        return Optional.of(frame);
    }

    /**
     * "Warren: Trump Is a ‘Proven Failure’", "MATTHEWS: Well, speculation is bad", "Cruz on ethanol: “…”": a name and
     * a colon opening the sentence make the rest that name's words, in a headline, in a transcript's speaker label
     * (the name in capitals) or before a quotation. Other labels ("Update:", "Note:") name no one.
     */
    private Optional<Frame> labelled(Sentence sentence, int colon) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int nameEnd = colon;
        // "Cruz on ethanol:": a topic after the name.
        for (int j = first + 1; j < colon; j++) {
            if (lower(tokens.get(j)).equals("on") || lower(tokens.get(j)).equals("to")) {
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
        for (int j = name.headFirst(); j < name.headEnd(); j++) {
            named |= tokens.get(j).ner().equals("PERSON") || tokens.get(j).ner().equals("ORGANIZATION");
            capitals &= tokens.get(j).text().equals(tokens.get(j).text().toUpperCase(Locale.ROOT));
        }
        int contentStart = colon + 1;
        int clauseEnd = clauseEnd(contentStart, end);
        if (!named || clauseEnd - contentStart < 2) {
            return Optional.empty();
        }
        boolean headline = article.article().blocks().get(sentence.block()).kind().ordinal() <= 1
                || QuoteExtractor.previousBody(article.article().blocks(), sentence.block()) < 0;
        boolean quoted = TokenSearch.isQuoteMark(tokens.get(contentStart));
        if (!headline && !capitals && !quoted) {
            return Optional.empty();
        }
        Span colonSpan = tokens.get(colon).span();
        Frame frame = new Frame(scan.snap(tokenSpan(contentStart, clauseEnd)), Optional.of(speakers.of(name)),
                Optional.of(new Cue(colonSpan, colonSpan.of(text))), Optional.empty(), sentence.block(),
                sentence.span().end(), false);
        return Optional.of(frame);
    }

    /** "“… what the system has become.” ― Christina Lastra": a quotation signed with a dash and a name. */
    private Optional<Frame> signed(Sentence sentence, int dash) {
        Token mark = tokens.get(dash - 1);
        Optional<QuotationMarks.Quoted> quoted = TokenSearch.isQuoteMark(mark)
                ? scan.endingAt(mark.span().end(), sentence.block()) : Optional.empty();
        Optional<CuePhrases.Phrase> name = CuePhrases.after(tokens, dash + 1, sentence.endToken());
        if (quoted.isEmpty() || name.isEmpty() || !CuePhrases.isName(tokens, name.get().headFirst(), name.get().headEnd())) {
            return Optional.empty();
        }
        int after = name.get().end();
        if (after < sentence.endToken() && !isTrailingPunct(tokens.get(after))) {
            return Optional.empty();
        }
        Span dashSpan = tokens.get(dash).span();
        return Optional.of(new Frame(quoted.get().outer(), Optional.of(speakers.of(name.get())),
                Optional.of(new Cue(dashSpan, dashSpan.of(text))), Optional.empty(), sentence.block(), sentence.span().end(),
                true));
    }

    private static boolean isDash(Token t) {
        String w = t.text();
        return w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--");
    }

    /** "According to X, …", "…, according to X", "Per X, …": X is the source of the rest. */
    private Optional<Frame> cited(Sentence sentence, int k) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        int sourceFrom = tokens.get(k).lemma().equals("accord") ? k + 2 : k + 1;
        Optional<CuePhrases.Phrase> source = CuePhrases.after(tokens, sourceFrom, end);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int sourceEnd = coreEnd(source.get());
        Span cueSpan = tokenSpan(k, sourceFrom);
        Optional<Span> content = Optional.empty();
        if (k > first && isContentEnd(k - 1, first)) {
            int contentEnd = contentEndBefore(k, first);
            if (contentEnd > first) {
                content = Optional.of(tokenSpan(first, contentEnd));
            }
        }
        if (sourceEnd < end && tokens.get(sourceEnd).text().equals(",")) {
            int clauseEnd = clauseEnd(sourceEnd + 1, end);
            // "Y, according to X, Z": Z must be a clause; "…, according to Fell, his producer" is her apposition.
            if (clauseEnd > sourceEnd + 1 && (content.isEmpty() || hasClause(sourceEnd + 1, clauseEnd))) {
                Span after = tokenSpan(sourceEnd + 1, clauseEnd);
                content = Optional.of(content.map(c -> c.cover(after)).orElse(after));
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Speaker speaker = speakers.of(source.get());
        Frame frame = new Frame(scan.snap(content.get()), Optional.of(speaker),
                Optional.of(new Cue(cueSpan, cueSpan.of(text))), Optional.empty(), sentence.block(),
                sentence.span().end(), false);
        frame.citation = true;
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
                    && c.content.contains(g.cue.get().span())).toList();
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
            if (outer.isPresent() && f.sourceAfter && f.content.contains(outer.get().cue.get().span())) {
                // "Polling shows that ''the public is uneasy,'' said Tempel": the quotation's own cue and speaker
                // come after it and take the whole sentence before them.
                kept.remove(outer.get());
                kept.add(f);
            } else if (outer.isEmpty() || endBefore(outer.get(), f)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing((Frame f) -> f.cue.get().span()));
        return kept;
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
        if (inner.content.start() > outer.content.start()) {
            clause = Math.min(clause, inner.content.start());
        }
        int j = TokenSearch.firstFrom(tokens, clause);
        int first = TokenSearch.firstFrom(tokens, outer.content.start());
        int cut = j;
        while (cut > first && isClauseLink(tokens.get(cut - 1))) {
            cut--;
        }
        int end = cut;
        while (end > first && isTrailingPunct(tokens.get(end - 1))) {
            end--;
        }
        if (cut == j || end - first < 2) {
            return false;
        }
        outer.content = new Span(outer.content.start(), tokens.get(end - 1).span().end());
        return true;
    }

    /** Words and marks that join a new clause to the one before: ", and", "; but", ", which". */
    private boolean isClauseLink(Token t) {
        String w = lower(t);
        return w.equals(",") || w.equals(";") || w.equals("—") || w.equals("--") || w.equals("and") || w.equals("but")
                || w.equals("or") || w.equals("while") || w.equals("whereas") || w.equals("which") || w.equals("who")
                || w.equals("as") || w.equals("because") || w.equals("although") || w.equals("though")
                || w.equals("when") || w.equals("after") || w.equals("before") || w.equals("since") || w.equals("(");
    }

    /**
     * Where the words a verb attributes begin: past its addressee ("told ET"), adverbials ("on Tuesday", "in
     * a statement"), a comma or colon and "that".
     */
    private int complementStart(int verb, int from, int end, boolean speech) {
        int j = from;
        Token v = tokens.get(verb);
        if (speech && SpeechVerbs.takesAddressee(v.lemma()) && j < end && !isThat(j) && !isPunct(j)
                && !TokenSearch.isQuoteMark(tokens.get(j))) {
            Optional<CuePhrases.Phrase> object = CuePhrases.after(tokens, j, end);
            if (object.isPresent()) {
                j = coreEnd(object.get());
            }
        }
        if (!speech && j < end && PARTICLES.contains(lower(tokens.get(j))) && j + 1 < end && !isThat(j + 1)) {
            j++; // "referred to Rubio as …", "called for a ban", "pointed to the case"
        }
        for (int round = 0; round < 4 && j < end; round++) {
            Token t = tokens.get(j);
            String w = lower(t);
            if (t.pos().equals("RB") && !w.equals("not") && !w.equals("n't") && !w.equals("there") || TimeNames.isTimeWord(w)
                    || t.pos().equals("CD") && w.matches("(1[89]|20)\\d\\d")) {
                j++;
            } else if (ADVERBIAL_PREPOSITIONS.contains(w) && j + 1 < end && !isThat(j + 1)) {
                Optional<CuePhrases.Phrase> np = CuePhrases.after(tokens, j + 1, end);
                if (np.isEmpty() || np.get().end() >= end) {
                    break;
                }
                int next = np.get().end();
                if (!speech && !isThat(next) && !(isPunct(next) && next + 1 < end && isThat(next + 1))) {
                    break; // a view's phrase is its object ("pointed to the case"), unless "that" follows it
                }
                boolean topic = TOPICS.contains(w);
                if (topic && !(isPunct(next) || TokenSearch.isQuoteMark(tokens.get(next)))) {
                    break; // "told ET about the tragedy that …": the topic is what is reported
                }
                j = next;
            } else {
                break;
            }
        }
        while (j < end && (tokens.get(j).text().equals(",") || tokens.get(j).text().equals(":")
                || tokens.get(j).text().equals("—") || tokens.get(j).text().equals("--"))) {
            j++;
        }
        if (j < end && isThat(j)) {
            j++;
        }
        return j;
    }

    /** Whether {@code [from, to)} reads as what the verb attributes. */
    private boolean isContent(int from, int to, String lemma, boolean speech, boolean afterThat) {
        if (to - from < 1) {
            return false;
        }
        Token t = tokens.get(from);
        if (opensSpeech(t)) {
            return true;
        }
        if (afterThat || QUESTION_WORDS.contains(lower(t)) && to - from >= 3) {
            return to - from >= 2;
        }
        if (to - from < 2) {
            return false;
        }
        boolean clauseStart = t.pos().equals("DT") || t.pos().startsWith("PRP") || t.pos().startsWith("NN")
                || t.pos().equals("CD") || t.pos().equals("EX") || speech && t.pos().startsWith("JJ") || t.isNamed()
                || lower(t).equals("there") || isApproximateQuantity(from);
        if (clauseStart && hasClause(from, to)) {
            return true;
        }
        if (speech && t.pos().equals("VBG") && !SpeechVerbs.attributes(t.lemma()) && !isPunct(from + 1)
                && hasClause(from + 1, to)) {
            return true; // a gerund as the subject: "said seeing the crowds was a relief"
        }
        // A view on an object: "criticized Trump", "called for a ban"; "called Trump “crazy”".
        if (t.pos().equals("TO") && INFINITIVES.contains(lemma) && tokens.get(from + 1).pos().startsWith("VB")) {
            return true; // "declined to detail the investigation's focus", "vowed to repeal it"
        }
        return OBJECT_VIEWS.contains(lemma) && (clauseStart || lower(t).equals("for") || lower(t).equals("on")
                || t.pos().equals("TO") && !speech);
    }

    /** A quotation mark, or quoted words, opening at {@code t}. */
    private boolean opensSpeech(Token t) {
        return TokenSearch.isQuoteMark(t) || scan.startsQuote(t.span().start());
    }

    /** "about half of …", "nearly 40 percent …": a subject that starts with an approximation of a number. */
    private boolean isApproximateQuantity(int j) {
        return j + 1 < tokens.size() && APPROXIMATIONS.contains(lower(tokens.get(j)))
                && (tokens.get(j + 1).pos().equals("CD") || lower(tokens.get(j + 1)).equals("half"));
    }

    /** Where the content starting at {@code from} ends: the sentence's end, or where the narrator takes over. */
    private int clauseEnd(int from, int end) {
        int e = end;
        for (int j = from; j < end; j++) {
            Token t = tokens.get(j);
            String w = t.text();
            if (scan.isQuoted(t.span())) {
                continue;
            }
            if (w.equals(";") || j > from && w.equals(":") && j + 1 < end && TokenSearch.isQuoteMark(tokens.get(j + 1))) {
                e = j; // "… explaining he worked with Chrabaszcz: “Vito is outstanding”": the quotation is its own
                break;
            }
            if (TokenSearch.isQuoteMark(t) && j > from && scan.endsQuote(t.span().end()) && endsSentence(t.span().start())) {
                e = j + 1; // "he yelled “You lie!” at the president": the quoted sentence is the content
                break;
            }
            if ((w.equals("and") || w.equals("or")) && j > from && j + 1 < end && tokens.get(j + 1).pos().equals("VBG")
                    && SpeechVerbs.attributes(tokens.get(j + 1).lemma())) {
                e = j; // "saying he has been a pioneer … and calling him “a feminist”": a second cue
                break;
            }
            if ((w.equals(",") || TokenSearch.isQuoteMark(t) && scan.endsQuote(t.span().end())) && j + 1 < end) {
                Token next = tokens.get(j + 1);
                boolean comma = w.equals(",");
                if (CLAUSE_BREAKS.contains(lower(next)) || isAccordingTo(j + 1, end) || comma && startsCue(j + 1, end)
                        || next.pos().equals("VBG") && SpeechVerbs.attributes(next.lemma())
                        || Media.isOccasion(text, next.span().start()) || isCoordinatedPredicate(j + 1, end)) {
                    e = comma ? j : j + 1;
                    break;
                }
            }
        }
        while (e > from && isTrailingPunct(tokens.get(e - 1))) {
            e--;
        }
        return e;
    }

    /** True when the char before {@code offset}, past quotation marks, ends a sentence: ".", "!" or "?". */
    private boolean endsSentence(int offset) {
        int i = offset - 1;
        while (i > 0 && "\"“”'‘’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** True when the token at {@code j}, after a noun phrase, makes that phrase a clause's subject: a verb follows. */
    private boolean opensClause(int j, int end) {
        if (j >= end) {
            return false;
        }
        Token t = tokens.get(j);
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || pos.startsWith("PRP")
                || pos.equals("DT") || isContraction(t) || lower(t).equals("that");
    }

    /** "…, Clinton said she …", "…, said Hewitt": another speaker's cue begins at {@code j}. */
    private boolean startsCue(int j, int end) {
        int v = j;
        Optional<CuePhrases.Phrase> subject = CuePhrases.after(tokens, j, end);
        if (subject.isPresent()) {
            v = coreEnd(subject.get());
        }
        while (v < end && (tokens.get(v).pos().equals("RB") || tokens.get(v).pos().equals("MD"))) {
            v++;
        }
        return v < end && tokens.get(v).pos().startsWith("VB") && SpeechVerbs.isSpeech(tokens.get(v).lemma())
                && !tokens.get(v).pos().equals("VBG");
    }

    /** A predicate without its subject: a verb, a modal, or an adverb before one. */
    private boolean isPredicate(int j) {
        String pos = tokens.get(j).pos();
        return pos.startsWith("VB") && !pos.equals("VBG") || pos.equals("MD")
                || pos.equals("RB") && j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("VB");
    }

    private boolean endsWithQuestion(Span span) {
        String words = span.of(text).strip();
        int e = words.length() - 1;
        while (e > 0 && "\"“”'‘’,".indexOf(words.charAt(e)) >= 0) {
            e--;
        }
        return e >= 0 && words.charAt(e) == '?';
    }

    /** "…, and vowed to act": a second predicate of the sentence's subject, the narrator's again. */
    private boolean isCoordinatedPredicate(int j, int end) {
        String w = lower(tokens.get(j));
        if (!(w.equals("and") || w.equals("or") || w.equals("but")) || j + 1 >= end) {
            return false;
        }
        Token next = tokens.get(j + 1);
        return next.pos().startsWith("VB") && !next.pos().equals("VBG") || next.pos().equals("MD")
                || next.pos().equals("RB") && j + 2 < end && tokens.get(j + 2).pos().startsWith("VBD");
    }

    /** The token before {@code boundary} ends content: a comma, or a closing quotation mark, with or without. */
    /** Before an inverted cue ("…," said X): a comma, or the closing mark of quoted speech, not of a title. */
    private boolean isSpeechEnd(int k, int first) {
        if (k < first) {
            return false;
        }
        Token t = tokens.get(k);
        return t.text().equals(",") || TokenSearch.isQuoteMark(t) && scan.endingAt(t.span().end(), -1).isPresent();
    }

    private boolean isContentEnd(int k, int first) {
        if (k < first) {
            return false;
        }
        String w = tokens.get(k).text();
        return w.equals(",") || TokenSearch.isQuoteMark(tokens.get(k)) && scan.endsQuote(tokens.get(k).span().end())
                || w.equals("—") || w.equals("--");
    }

    /**
     * Where content that ends at {@code contentEnd} starts: the sentence's start, or after a dash, semicolon or
     * colon of the narrator's ("… bristle at the suggestion — it's a two-way street, they insist").
     */
    private int contentStartBefore(int contentEnd, int first) {
        for (int j = contentEnd - 1; j > first; j--) {
            Token t = tokens.get(j);
            String w = t.text();
            if ((w.equals("—") || w.equals("--") || w.equals(";") || w.equals(":")) && !scan.isQuoted(t.span())
                    && j + 1 < contentEnd) {
                return j + 1;
            }
        }
        return first;
    }

    /** The end of the content that stops before {@code boundary}: its trailing commas and marks left out. */
    private int contentEndBefore(int boundary, int first) {
        int e = boundary;
        while (e > first && (tokens.get(e - 1).text().equals(",") || tokens.get(e - 1).text().equals("—")
                || tokens.get(e - 1).text().equals("--") || isTrailingPunct(tokens.get(e - 1))
                || TokenSearch.isQuoteMark(tokens.get(e - 1)))) {
            e--;
        }
        return e;
    }

    private boolean startsWithComma(int k, int end) {
        return k < end && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("—"));
    }

    /** Words before a verb that belong to neither subject nor content ("also", "has"). */
    private int skipBetween(int verb, int first) {
        int j = verb;
        while (j - 1 >= first && (tokens.get(j - 1).pos().equals("RB") || tokens.get(j - 1).pos().equals("MD")
                || Set.of("have", "be", "do").contains(tokens.get(j - 1).lemma()) && tokens.get(j - 1).pos().startsWith("VB"))) {
            j--;
        }
        return j;
    }

    private boolean hasClause(int from, int to) {
        for (int j = from; j < to; j++) {
            String pos = tokens.get(j).pos();
            boolean verb = pos.startsWith("VB") || pos.equals("MD")
                    || j > from && isContraction(tokens.get(j)) && tokens.get(j - 1).pos().startsWith("PRP");
            if (verb && !scan.isQuoted(tokens.get(j).span())) {
                return true;
            }
        }
        return scan.holdsSpeech(tokenSpan(from, to));
    }

    /** "as the prosecutor put it, “…”": the idiom is a cue of speech. */
    private boolean isPutIt(int k, int end) {
        return tokens.get(k).lemma().equals("put") && k + 1 < end && lower(tokens.get(k + 1)).equals("it")
                && k > 1 && lower(tokens.get(k - 2)).equals("as") || tokens.get(k).lemma().equals("put") && k + 1 < end
                && lower(tokens.get(k + 1)).equals("it") && k > 2 && lower(tokens.get(k - 3)).equals("as");
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
                .contains(lower(tokens.get(k - 1)))) {
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
        return !(k + 1 < end && lower(tokens.get(k + 1)).equals("by"));
    }

    /** "…, adding that …", "began by saying …", "before saying …": a participle of the sentence's speaker. */
    private boolean isParticiple(int k) {
        if (!tokens.get(k).pos().equals("VBG") || k == 0) {
            return false;
        }
        String before = lower(tokens.get(k - 1));
        return before.equals(",") || PARTICIPLE_LINKS.contains(before)
                || TokenSearch.isQuoteMark(tokens.get(k - 1)) && scan.endsQuote(tokens.get(k - 1).span().end());
    }

    /**
     * "Kasich, who has repeatedly pledged to …": the relative pronoun is where the sentence names the speaker, and
     * the noun before it who the speaker is.
     */
    private Optional<Speaker> relativeSubject(int verb, int first) {
        int j = skipBetween(verb, first) - 1;
        if (j < first || !(tokens.get(j).pos().equals("WP") || lower(tokens.get(j)).equals("who"))) {
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
        for (int j = sentence.firstToken(); j < cue; j++) {
            Token t = tokens.get(j);
            if (t.pos().startsWith("VB") && !scan.isQuoted(t.span())) {
                Optional<CuePhrases.Phrase> p = CuePhrases.before(tokens, j, sentence.firstToken())
                        .filter(x -> !isRelativeOrThat(x));
                if (p.isPresent()) {
                    return p.map(speakers::of);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isRelativeOrThat(CuePhrases.Phrase p) {
        String w = lower(tokens.get(p.headFirst()));
        return p.headEnd() - p.headFirst() == 1 && (w.equals("that") || w.equals("which") || w.equals("this")
                || w.equals("there"));
    }

    private boolean isAccordingTo(int k, int end) {
        return k + 2 < end && tokens.get(k).lemma().equals("accord") && lower(tokens.get(k)).startsWith("according")
                && lower(tokens.get(k + 1)).equals("to");
    }

    /** "Per X," at the start of a clause or ", per X": not "per year" or "$5 per share". */
    private boolean isPer(int k, int end) {
        if (!lower(tokens.get(k)).equals("per") || k + 1 >= end) {
            return false;
        }
        boolean opens = k == 0 || tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals("(")
                || tokens.get(k - 1).pos().equals("CC")
                || article.sentenceAt(tokens.get(k).span().start()).map(s -> s.firstToken()).orElse(-1) == k;
        return opens && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
    }

    /** "it’s", which the tagger may read as a possessive. */
    private static boolean isContraction(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("’s") || w.equals("'re") || w.equals("’re");
    }

    private boolean isThat(int j) {
        return lower(tokens.get(j)).equals("that") && !tokens.get(j).pos().equals("DT")
                || lower(tokens.get(j)).equals("that") && j + 1 < tokens.size() && !CuePhrases.isNoun(tokens.get(j + 1));
    }

    private boolean isPunct(int j) {
        String w = tokens.get(j).text();
        return w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";");
    }

    private static boolean isTrailingPunct(Token t) {
        String w = t.text();
        return w.equals(".") || w.equals(",") || w.equals(":") || w.equals(";") || w.equals("—") || w.equals("--");
    }

    private int coreEnd(CuePhrases.Phrase p) {
        int e = p.first();
        while (e < p.end() && !tokens.get(e).text().equals(",")) {
            e++;
        }
        return e;
    }

    private Span tokenSpan(int first, int end) {
        return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
