package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.engine.Chars;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * The quotations of an article as entity resolution needs them: which quoted text is a title of a work ("Hero",
 * "Rock the Boat") rather than speech, where each speech lies, and who speaks it, so that "I" inside it is the
 * speaker and "she" inside it is someone else. The speaker is the mention next to a speech verb beside the
 * quotation ("…," the actress revealed; Hewitt said, "…"), or the subject of a paragraph ending "X told Y:"
 * for the first-person paragraphs after it (block quotes); a quotation without a cue of its own continues the
 * one before it when that one ran on past its paragraph, or stood just before it in the same paragraph.
 *
 * <p>This is a light reading of speech for resolving references; the extract stage's quotation finder is the
 * full one. Built per article; used by one thread.
 */
final class SpeechContext {

    /** The inside of one pair of quotation marks, or a block quote's paragraph. */
    record Quotation(Span span, boolean title, boolean unclosed) {
    }

    /** Verbs that report speech, by lemma: the cues beside a quotation. */
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "continue", "reveal", "share", "explain",
            "recall", "remember", "note", "write", "state", "announce", "claim", "insist", "admit", "confirm", "reply",
            "respond", "ask", "answer", "joke", "laugh", "conclude", "describe", "recount", "declare", "whisper",
            "shout", "remark", "argue", "agree", "acknowledge", "tweet", "post", "caption");
    /** Small words a title of a work may keep in lower case ("Rock the Boat", "We Need a Resolution"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "into", "onto", "upon", "over", "per",
            "n", "o'", "de", "la", "le", "du", "von", "van");
    private static final int MAX_TITLE_WORDS = 9;

    private final List<Quotation> quotes;
    private final int[] speaker;

    private SpeechContext(List<Quotation> quotes) {
        this.quotes = List.copyOf(quotes);
        this.speaker = new int[quotes.size()];
        Arrays.fill(speaker, -1);
    }

    /** Every quotation (titles and speech) in the blocks that hold {@code sentences}, in text order. */
    static SpeechContext scan(String text, List<Sentence> sentences) {
        List<Quotation> found = new ArrayList<>();
        int s = 0;
        while (s < sentences.size()) {
            int block = sentences.get(s).block();
            int start = sentences.get(s).span().start();
            int end = start;
            while (s < sentences.size() && sentences.get(s).block() == block) {
                end = sentences.get(s).span().end();
                s++;
            }
            scanRegion(text, start, end, found);
        }
        return new SpeechContext(found);
    }

    private static void scanRegion(String text, int start, int end, List<Quotation> into) {
        int open = -1;
        char close = 0;
        int singleOpen = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char prev = i > start ? text.charAt(i - 1) : ' ';
            char next = i + 1 < end ? text.charAt(i + 1) : ' ';
            if (open < 0) {
                if (c == '“') {
                    open = i + 1;
                    close = '”';
                } else if (c == '"' && isOpeningContext(prev)) {
                    open = i + 1;
                    close = '"';
                } else if (c == '`' && next == '`') {
                    open = i + 2;
                    close = '\'';
                    i++;
                } else if (c == '‘' && isOpeningContext(prev)) {
                    open = i + 1;
                    close = '’';
                }
                continue;
            }
            if (close != '’' && c == '‘' && isOpeningContext(prev)) {
                singleOpen = i + 1;
            } else if (close != '’' && c == '’' && singleOpen >= 0 && !Character.isLetterOrDigit(next)) {
                addQuotation(text, singleOpen, i, false, into);
                singleOpen = -1;
            } else if (c == close && (close != '\'' || next == '\'') && (close != '’' || !Character.isLetterOrDigit(next))) {
                addQuotation(text, open, i, false, into);
                open = -1;
                singleOpen = -1;
                if (close == '\'') {
                    i++;
                }
            }
        }
        if (open >= 0 && close != '’') {
            // News leaves a quotation open at the end of a paragraph when the next paragraph goes on with it.
            addQuotation(text, open, end, true, into);
        }
        into.sort((a, b) -> a.span().compareTo(b.span()));
    }

    private static boolean isOpeningContext(char prev) {
        return Chars.isSpace(prev) || "([{—–-/“:".indexOf(prev) >= 0;
    }

    private static void addQuotation(String text, int from, int to, boolean unclosed, List<Quotation> into) {
        int s = from;
        int e = to;
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            Span span = new Span(s, e);
            into.add(new Quotation(span, !unclosed && isTitle(span.of(text)), unclosed));
        }
    }

    /**
     * A title of a work: a few words, the first and every word but small ones capitalized, no full stop.
     * Speech and scare quotes ("safety upgrade") are written in sentence case.
     */
    static boolean isTitle(String inside) {
        String[] words = inside.split("\\s+");
        if (words.length > MAX_TITLE_WORDS || inside.length() > 70 || inside.endsWith(".") || inside.contains(". ")) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            int firstLetter = 0;
            while (firstLetter < word.length() && !Character.isLetterOrDigit(word.charAt(firstLetter))) {
                firstLetter++;
            }
            if (firstLetter == word.length()) {
                continue;
            }
            char c = word.charAt(firstLetter);
            boolean capital = Character.isUpperCase(c) || Character.isDigit(c);
            if (!capital && (w == 0 || !TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    List<Quotation> quotes() {
        return quotes;
    }

    /** The site speaking quotation {@code q}, or -1 when none was found. */
    int speakerOf(int q) {
        return speaker[q];
    }

    /** Marks titles' tokens: they are one name, whatever their tags. */
    boolean[] titleTokens(List<Token> tokens) {
        boolean[] mask = new boolean[tokens.size()];
        for (Quotation q : quotes) {
            if (!q.title()) {
                continue;
            }
            for (int t = firstTokenFrom(tokens, q.span().start() - 1); t < tokens.size(); t++) {
                Span ts = tokens.get(t).span();
                if (ts.start() >= q.span().end() + 1) {
                    break;
                }
                mask[t] = true;
            }
        }
        return mask;
    }

    /**
     * Sets each site's quotation and each speech's speaker. Block quotes are added here: the first-person
     * paragraphs after a sentence that ends with a speech verb and a colon.
     */
    SpeechContext link(List<Site> sites, List<Token> tokens, List<Sentence> sentences) {
        List<Quotation> all = new ArrayList<>(quotes);
        List<Integer> blockSpeakers = new ArrayList<>();
        addBlockQuotes(sites, tokens, sentences, all, blockSpeakers);
        SpeechContext linked = new SpeechContext(all);
        for (int q = 0; q < all.size(); q++) {
            Quotation quote = all.get(q);
            if (quote.title()) {
                continue;
            }
            for (Site site : sites) {
                if (quote.span().contains(site.span) && site.quote < 0) {
                    site.quote = q;
                }
            }
        }
        for (int q = 0; q < all.size(); q++) {
            Quotation quote = all.get(q);
            if (quote.title()) {
                continue;
            }
            int b = quotes.size() <= q ? blockSpeakers.get(q - quotes.size()) : -1;
            linked.speaker[q] = b >= 0 ? b : cue(sites, tokens, quote);
        }
        for (int q = 1; q < all.size(); q++) {
            if (linked.speaker[q] < 0 && !all.get(q).title()) {
                int p = previousSpeech(all, q);
                if (p >= 0 && linked.speaker[p] >= 0 && (all.get(p).unclosed()
                        || sameSentence(sentences, all.get(p).span().end(), all.get(q).span().start()))) {
                    linked.speaker[q] = linked.speaker[p];
                }
            }
        }
        return linked;
    }

    private static int previousSpeech(List<Quotation> all, int q) {
        for (int p = q - 1; p >= 0; p--) {
            if (!all.get(p).title() && all.get(p).span().end() <= all.get(q).span().start()) {
                return p;
            }
        }
        return -1;
    }

    private static boolean sameSentence(List<Sentence> sentences, int a, int b) {
        for (Sentence s : sentences) {
            if (s.span().contains(a) || s.span().end() == a) {
                return s.span().contains(b);
            }
        }
        return false;
    }

    /** The speaker named beside a quotation: after it ("…," she said), else before it (Hewitt said, "…"). */
    private static int cue(List<Site> sites, List<Token> tokens, Quotation quote) {
        int after = firstTokenFrom(tokens, quote.span().end());
        while (after < tokens.size() && isMarkOrComma(tokens.get(after).text())) {
            after++; // the closing mark and the comma before it, whatever tag the tagger gave the mark
        }
        int limit = Math.min(tokens.size(), after + 8);
        for (int t = after; t < limit; t++) {
            Token tok = tokens.get(t);
            if (tok.pos().equals(".") || tok.pos().equals("``") || tok.text().equals("“")) {
                break;
            }
            if (isSpeechVerb(tok)) {
                int before = siteEndingNear(sites, tokens, after, t);
                if (before >= 0) {
                    return before;
                }
                int next = siteStartingAt(sites, tokens, t + 1, Math.min(tokens.size(), t + 4));
                if (next >= 0) {
                    return next;
                }
                break;
            }
        }
        int open = firstTokenFrom(tokens, quote.span().start()) - 1;
        for (int t = open - 1; t >= 0 && t >= open - 10; t--) {
            Token tok = tokens.get(t);
            if (tok.pos().equals(".") || tok.pos().equals("''") || tok.text().equals("”")) {
                break;
            }
            if (isSpeechVerb(tok)) {
                return siteEndingNear(sites, tokens, Math.max(0, t - 6), t);
            }
        }
        return -1;
    }

    private static boolean isMarkOrComma(String w) {
        return w.equals(",") || w.equals("\"") || w.equals("”") || w.equals("’") || w.equals("''") || w.equals("'");
    }

    private static boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VB") && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** The last non-first-person site in tokens {@code [from, verb)}, outside any quotation. */
    private static int siteEndingNear(List<Site> sites, List<Token> tokens, int from, int verb) {
        int best = -1;
        int start = tokens.get(from).span().start();
        int end = tokens.get(verb).span().start();
        for (Site s : sites) {
            if (s.span.start() >= start && s.span.end() <= end && !s.isFirstPerson() && s.anchor < 0) {
                best = s.index;
            }
        }
        return best;
    }

    private static int siteStartingAt(List<Site> sites, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int start = tokens.get(from).span().start();
        int end = tokens.get(to - 1).span().end();
        for (Site s : sites) {
            if (s.span.start() >= start && s.span.end() <= end && !s.isFirstPerson() && s.anchor < 0) {
                return s.index;
            }
        }
        return -1;
    }

    private static void addBlockQuotes(List<Site> sites, List<Token> tokens, List<Sentence> sentences,
            List<Quotation> into, List<Integer> speakers) {
        for (int s = 0; s < sentences.size(); s++) {
            Sentence intro = sentences.get(s);
            Token last = tokens.get(intro.endToken() - 1);
            if (!last.text().equals(":") || s + 1 >= sentences.size() || sentences.get(s + 1).block() == intro.block()) {
                continue;
            }
            int verb = -1;
            for (int t = intro.firstToken(); t < intro.endToken(); t++) {
                if (isSpeechVerb(tokens.get(t))) {
                    verb = t;
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            int speaker = siteEndingNear(sites, tokens, Math.max(intro.firstToken(), verb - 6), verb);
            if (speaker < 0) {
                continue;
            }
            int k = s + 1;
            while (k < sentences.size()) {
                int block = sentences.get(k).block();
                int from = k;
                boolean firstPerson = false;
                while (k < sentences.size() && sentences.get(k).block() == block) {
                    for (int t = sentences.get(k).firstToken(); t < sentences.get(k).endToken(); t++) {
                        firstPerson |= Pronouns.of(tokens.get(t).text(), tokens.get(t).pos())
                                .filter(Pronouns.Form::isFirstPerson).isPresent();
                    }
                    k++;
                }
                if (!firstPerson) {
                    break;
                }
                into.add(new Quotation(new Span(sentences.get(from).span().start(), sentences.get(k - 1).span().end()),
                        false, false));
                speakers.add(speaker);
            }
        }
    }

    static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
