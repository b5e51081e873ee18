package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Where the words a cue attributes begin and end inside one sentence: past the verb's addressee and adverbials
 * and a "that" ({@link #complementStart}), up to where the narrator takes over again ({@link #clauseEnd}), and
 * before a cue whose content precedes it ({@link #contentStartBefore}, {@link #contentEndBefore}); with the
 * token tests the cue stages share. Token ranges are {@code [first, end)} indices into the article's token list.
 * Built per article; not thread-safe.
 */
final class ClauseBounds {

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
    /** Words that make a number approximate ("about half", "nearly 40 percent"). */
    private static final Set<String> APPROXIMATIONS = Set.of("about", "nearly", "almost", "roughly", "around", "over",
            "under", "some", "more", "fewer", "less", "only", "just", "approximately");
    /** Particles of a phrasal verb of view, before its object. */
    private static final Set<String> PARTICLES = Set.of("to", "for", "on", "out", "up");
    /** Words that open an indirect question ("asked whether …"). */
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
            "echo", "reiterate", "expect", "fear", "hope", "prefer", "view", "consider", "regard", "show");

    private final String text;
    private final List<Token> tokens;
    private final QuoteScan scan;

    ClauseBounds(AnnotatedArticle article, QuoteScan scan) {
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.scan = scan;
    }

    /**
     * Where the words a verb attributes begin: past its addressee ("told ET"), adverbials ("on Tuesday", "in
     * a statement"), a comma or colon and "that".
     */
    int complementStart(int verb, int from, int end, boolean speech) {
        int j = from;
        Token v = tokens.get(verb);
        if (speech && SpeechVerbs.takesAddressee(v.lemma()) && j < end && !isThat(j) && !isPunct(j)
                && !TokenSearch.isQuoteMark(tokens.get(j))) {
            Optional<CuePhrases.Phrase> object = CuePhrases.after(tokens, j, end);
            if (object.isPresent()) {
                j = coreEnd(object.get());
            }
        }
        if (!speech && j < end && PARTICLES.contains(lower(tokens.get(j))) && j + 1 < end && !isThat(j + 1)
                && !(tokens.get(j).pos().equals("TO") && tokens.get(j + 1).pos().startsWith("VB"))) {
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
    boolean isContent(int from, int to, String lemma, boolean speech, boolean afterThat) {
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
        if (to - from == 1 && speech && (lower(t).equals("yes") || lower(t).equals("no"))) {
            return true; // "72 percent of Democrats said yes"
        }
        if (to - from == 1 && OBJECT_VIEWS.contains(lemma) && (t.pos().startsWith("NNP") || t.pos().equals("PRP") || t.isNamed())) {
            return true; // "attacked Vell", "endorsed him"
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
    boolean opensSpeech(Token t) {
        return TokenSearch.isQuoteMark(t) || scan.startsQuote(t.span().start());
    }

    /** "about half of …", "nearly 40 percent …": a subject that starts with an approximation of a number. */
    boolean isApproximateQuantity(int j) {
        return j + 1 < tokens.size() && APPROXIMATIONS.contains(lower(tokens.get(j)))
                && (tokens.get(j + 1).pos().equals("CD") || lower(tokens.get(j + 1)).equals("half"));
    }

    /** Where the content starting at {@code from} ends: the sentence's end, or where the narrator takes over. */
    int clauseEnd(int from, int end) {
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
        while (e > from && (isTrailingPunct(tokens.get(e - 1)) || TokenSearch.isQuoteMark(tokens.get(e - 1))
                && scan.startsQuote(tokens.get(e - 1).span().start()))) {
            e--; // a trailing opening mark is the next sentence's, which the splitter gave to this one
        }
        return e;
    }

    /** True when the char before {@code offset}, past quotation marks, ends a sentence: ".", "!" or "?". */
    boolean endsSentence(int offset) {
        int i = offset - 1;
        while (i > 0 && "\"“”'‘’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** True when the token at {@code j}, after a noun phrase, makes that phrase a clause's subject: a verb follows. */
    boolean opensClause(int j, int end) {
        if (j >= end) {
            return false;
        }
        Token t = tokens.get(j);
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || pos.startsWith("PRP")
                || pos.equals("DT") || isContraction(t) || lower(t).equals("that");
    }

    /** "…, Clinton said she …", "…, said Hewitt": another speaker's cue begins at {@code j}. */
    boolean startsCue(int j, int end) {
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
    boolean isPredicate(int j) {
        String pos = tokens.get(j).pos();
        return pos.startsWith("VB") && !pos.equals("VBG") || pos.equals("MD")
                || pos.equals("RB") && j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("VB");
    }

    boolean endsWithQuestion(Span span) {
        String words = span.of(text).strip();
        int e = words.length() - 1;
        while (e > 0 && "\"“”'‘’,".indexOf(words.charAt(e)) >= 0) {
            e--;
        }
        return e >= 0 && words.charAt(e) == '?';
    }

    /** "…, and vowed to act": a second predicate of the sentence's subject, the narrator's again. */
    boolean isCoordinatedPredicate(int j, int end) {
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
    boolean isSpeechEnd(int k, int first) {
        if (k < first) {
            return false;
        }
        Token t = tokens.get(k);
        return t.text().equals(",") || TokenSearch.isQuoteMark(t) && scan.endingAt(t.span().end(), -1).isPresent();
    }

    boolean isContentEnd(int k, int first) {
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
    int contentStartBefore(int contentEnd, int first) {
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
    int contentEndBefore(int boundary, int first) {
        int e = boundary;
        while (e > first && (tokens.get(e - 1).text().equals(",") || tokens.get(e - 1).text().equals("—")
                || tokens.get(e - 1).text().equals("--") || isTrailingPunct(tokens.get(e - 1))
                || TokenSearch.isQuoteMark(tokens.get(e - 1)))) {
            e--;
        }
        return e;
    }

    boolean startsWithComma(int k, int end) {
        return k < end && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("—"));
    }

    /** Words before a verb that belong to neither subject nor content ("also", "has"). */
    int skipBetween(int verb, int first) {
        int j = verb;
        while (j - 1 >= first && (tokens.get(j - 1).pos().equals("RB") || tokens.get(j - 1).pos().equals("MD")
                || Set.of("have", "be", "do").contains(tokens.get(j - 1).lemma()) && tokens.get(j - 1).pos().startsWith("VB"))) {
            j--;
        }
        return j;
    }

    boolean hasClause(int from, int to) {
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

    /** Words and marks that join a new clause to the one before: ", and", "; but", ", which". */
    boolean isClauseLink(Token t) {
        String w = lower(t);
        return w.equals(",") || w.equals(";") || w.equals("—") || w.equals("--") || w.equals("and") || w.equals("but")
                || w.equals("or") || w.equals("while") || w.equals("whereas") || w.equals("which") || w.equals("who")
                || w.equals("as") || w.equals("because") || w.equals("although") || w.equals("though")
                || w.equals("when") || w.equals("after") || w.equals("before") || w.equals("since") || w.equals("(");
    }

    boolean isAccordingTo(int k, int end) {
        return k + 2 < end && tokens.get(k).lemma().equals("accord") && lower(tokens.get(k)).startsWith("according")
                && lower(tokens.get(k + 1)).equals("to");
    }

    /** "it’s", which the tagger may read as a possessive. */
    static boolean isContraction(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("’s") || w.equals("'re") || w.equals("’re");
    }

    boolean isThat(int j) {
        return lower(tokens.get(j)).equals("that") && !tokens.get(j).pos().equals("DT")
                || lower(tokens.get(j)).equals("that") && j + 1 < tokens.size() && !CuePhrases.isNoun(tokens.get(j + 1));
    }

    boolean isPunct(int j) {
        String w = tokens.get(j).text();
        return w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";");
    }

    static boolean isTrailingPunct(Token t) {
        String w = t.text();
        return w.equals(".") || w.equals(",") || w.equals(":") || w.equals(";") || w.equals("—") || w.equals("--");
    }

    int coreEnd(CuePhrases.Phrase p) {
        int e = p.first();
        while (e < p.end() && !tokens.get(e).text().equals(",")) {
            e++;
        }
        return e;
    }

    Span tokenSpan(int first, int end) {
        return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
