package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Cue;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Finds quotations and who said them.
 *
 * <ul>
 *   <li>Direct quotes: text between quotation marks (straight or curly) of five words or more; shorter quoted
 *       text is a title, a nickname or a scare quote, not speech.</li>
 *   <li>The cue and speaker: a speech verb next to the quote ("…," the actress revealed; Hewitt said, "…"),
 *       its subject or object as the speaker; a quote without one continues the previous quote's speaker when
 *       it follows it directly.</li>
 *   <li>Block quotes: paragraphs in the first person that follow a paragraph ending with a speech verb and a
 *       colon ("Hewitt told Entertainment Tonight:").</li>
 *   <li>Reported speech: "X said that …", "according to X, …", "per X, …".</li>
 * </ul>
 * The medium comes from "told X" and "in an interview with X"; "According to X" before another speaker's
 * speech verb makes X the quote's {@code via}. Thread-safe: holds no state.
 */
public final class QuoteExtractor {

    private static final int MIN_QUOTE_WORDS = 5;
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours",
            "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll");
    private static final Pattern ACCORDING_TO = Pattern.compile("^(?:According to|Per|per|according to)\\s+");
    private static final Pattern INTERVIEW_WITH = Pattern.compile(
            "(?i)\\b(?:in|during) (?:an|a|her|his|their|the) (?:recent |new |exclusive )?interview with ");

    public List<Quote> extract(AnnotatedArticle a) {
        String text = a.article().text();
        List<Quote> quotes = new ArrayList<>();
        List<Block> blocks = a.article().blocks();
        Quote previous = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!block.kind().isBody()) {
                continue;
            }
            for (Span content : quotedSpans(text, block.span())) {
                Quote q = direct(a, content);
                if (q.speaker().isEmpty() && previous != null && previous.speaker().isPresent()
                        && isContinuation(a, previous, q)) {
                    q = new Quote(q.span(), q.text(), q.kind(), previous.speaker(), Optional.empty(),
                            previous.medium(), previous.via());
                }
                quotes.add(q);
                previous = q;
            }
            if (endsWithSpeechColon(a, block)) {
                b = blockQuotes(a, b, quotes);
            }
        }
        quotes.addAll(reported(a, quotes));
        quotes.sort((x, y) -> x.span().compareTo(y.span()));
        return quotes;
    }

    /** The contents of the quotation marks in {@code region} that read as speech, marks excluded. */
    static List<Span> quotedSpans(String text, Span region) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        char openMark = 0;
        for (int i = region.start(); i < region.end(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"' && isOpening(text, i, region))) {
                open = i;
                openMark = c;
            } else if (open >= 0 && (openMark == '“' && c == '”' || openMark == '"' && c == '"')) {
                addIfSpeech(text, new Span(open + 1, i), spans);
                open = -1;
            }
        }
        if (open >= 0) {
            // A quote running on past its paragraph: news omits the closing mark when the next paragraph
            // continues it.
            addIfSpeech(text, new Span(open + 1, region.end()), spans);
        }
        return spans;
    }

    private static boolean isOpening(String text, int i, Span region) {
        return i == region.start() || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.'
                && text.charAt(i - 1) != ',';
    }

    private static void addIfSpeech(String text, Span raw, List<Span> into) {
        Span span = trim(text, raw);
        if (span.isEmpty()) {
            return;
        }
        String content = span.of(text);
        if (content.split("\\s+").length >= MIN_QUOTE_WORDS) {
            into.add(span);
        }
    }

    /** Drops white space and the trailing comma that American style keeps inside the closing mark. */
    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new Span(s, e);
    }

    private Quote direct(AnnotatedArticle a, Span content) {
        String text = a.article().text();
        Optional<Sentence> sentence = a.sentenceAt(content.start());
        Optional<Speech> speech = Optional.empty();
        if (sentence.isPresent()) {
            speech = speechAfter(a, content).or(() -> speechBefore(a, content));
        }
        return new Quote(content, content.of(text), QuoteKind.DIRECT,
                speech.flatMap(Speech::speaker), speech.map(Speech::cue), speech.flatMap(Speech::medium),
                speech.flatMap(Speech::via));
    }

    /** A speech verb and its speaker found next to a quote. */
    private record Speech(Cue cue, Optional<Speaker> speaker, Optional<String> medium, Optional<String> via) {
    }

    /** "…," the actress revealed. / "…," said Hewitt. — within eight tokens after the quote, before a full stop. */
    private Optional<Speech> speechAfter(AnnotatedArticle a, Span content) {
        List<Token> tokens = a.tokens();
        int i = firstTokenFrom(tokens, content.end());
        int limit = Math.min(tokens.size(), i + 10);
        List<Integer> window = new ArrayList<>();
        for (int k = i; k < limit; k++) {
            Token t = tokens.get(k);
            if (t.span().start() < content.end()) {
                continue;
            }
            String w = t.text();
            if (window.isEmpty() && (w.equals(",") || isQuoteMark(w))) {
                continue; // the comma and closing mark between the quote and its cue
            }
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":") || w.equals(";") || isQuoteMark(w)) {
                break;
            }
            window.add(k);
        }
        for (int w = 0; w < window.size(); w++) {
            Token t = tokens.get(window.get(w));
            if (t.pos().startsWith("VB") && SpeechVerbs.isSpeech(t.lemma())) {
                List<Integer> before = window.subList(0, w);
                List<Integer> after = window.subList(w + 1, window.size());
                Optional<Speaker> speaker = speakerIn(a, before).or(() -> speakerIn(a, after));
                return Optional.of(new Speech(new Cue(t.span(), t.text()), speaker,
                        medium(a, window.get(w)), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** Hewitt said, "…" / Hewitt told ET: "…" — the last speech verb before the quote in its sentence. */
    private Optional<Speech> speechBefore(AnnotatedArticle a, Span content) {
        Optional<Sentence> sentence = a.sentenceAt(Math.max(0, content.start() - 1));
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = a.tokens();
        int end = firstTokenFrom(tokens, content.start() - 1);
        for (int k = Math.min(end, sentence.get().endToken()) - 1; k >= sentence.get().firstToken(); k--) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") && SpeechVerbs.isSpeech(t.lemma())) {
                return Optional.of(speechAt(a, sentence.get(), k));
            }
        }
        return Optional.empty();
    }

    /** The speech verb at token {@code k}: its subject as the speaker, "told X" as the medium. */
    private Speech speechAt(AnnotatedArticle a, Sentence sentence, int k) {
        List<Token> tokens = a.tokens();
        List<Integer> subject = new ArrayList<>();
        for (int j = sentence.firstToken(); j < k; j++) {
            subject.add(j);
        }
        Optional<Speaker> speaker = speakerNearestEnd(a, subject);
        Optional<String> via = Optional.empty();
        String sentenceText = sentence.span().of(a.article().text());
        Matcher according = ACCORDING_TO.matcher(sentenceText);
        if (according.find()) {
            int comma = sentenceText.indexOf(',');
            if (comma > according.end()) {
                via = Optional.of(sentenceText.substring(according.end(), comma).strip());
            }
        }
        Token t = tokens.get(k);
        return new Speech(new Cue(t.span(), t.text()), speaker, medium(a, k), via);
    }

    /** "told Entertainment Tonight", "in an interview with ET": the capitalised words that follow. */
    private static Optional<String> medium(AnnotatedArticle a, int cueToken) {
        List<Token> tokens = a.tokens();
        Token cue = tokens.get(cueToken);
        if (cue.lemma().equals("tell")) {
            return capitalisedRun(tokens, cueToken + 1);
        }
        Optional<Sentence> sentence = a.sentenceAt(cue.span().start());
        if (sentence.isPresent()) {
            String s = sentence.get().span().of(a.article().text());
            Matcher m = INTERVIEW_WITH.matcher(s);
            if (m.find()) {
                int at = firstTokenFrom(tokens, sentence.get().span().start() + m.end());
                return capitalisedRun(tokens, at);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> capitalisedRun(List<Token> tokens, int from) {
        StringBuilder run = new StringBuilder();
        for (int j = from; j < tokens.size(); j++) {
            String w = tokens.get(j).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            if (!run.isEmpty()) {
                run.append(' ');
            }
            run.append(w);
        }
        return run.isEmpty() ? Optional.empty() : Optional.of(run.toString());
    }

    /** The speaker named in a few tokens: an entity's mention there, else a noun phrase ("the actress"). */
    private Optional<Speaker> speakerIn(AnnotatedArticle a, List<Integer> window) {
        if (window.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = a.tokens();
        Span span = new Span(tokens.get(window.get(0)).span().start(), tokens.get(window.get(window.size() - 1)).span().end());
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (span.contains(m.span())) {
                    return Optional.of(new Speaker(m.span(), m.text(), Optional.of(e.name()), Optional.of(e.id())));
                }
            }
        }
        // A description: a determiner and the words up to the last noun.
        int first = -1;
        int lastNoun = -1;
        for (int idx : window) {
            Token t = tokens.get(idx);
            if (first < 0 && (t.pos().equals("DT") || t.pos().startsWith("NN") || t.pos().equals("PRP"))) {
                first = idx;
            }
            if (first >= 0 && (t.pos().startsWith("NN") || t.pos().equals("PRP"))) {
                lastNoun = idx;
            } else if (first >= 0 && lastNoun >= 0) {
                break;
            }
        }
        if (first < 0 || lastNoun < 0) {
            return Optional.empty();
        }
        Span np = new Span(tokens.get(first).span().start(), tokens.get(lastNoun).span().end());
        return Optional.of(new Speaker(np, np.of(a.article().text()), Optional.empty(), Optional.empty()));
    }

    /** Like {@link #speakerIn} but for a subject: the mention closest to the end of the window. */
    private Optional<Speaker> speakerNearestEnd(AnnotatedArticle a, List<Integer> window) {
        for (int from = window.size() - 1; from >= 0; from--) {
            Optional<Speaker> s = speakerIn(a, window.subList(from, window.size()));
            if (s.isPresent() && s.get().name().isPresent()) {
                return s;
            }
        }
        return speakerIn(a, window);
    }

    /** A quote with no cue of its own continues the previous one when nothing but its cue lies between. */
    private static boolean isContinuation(AnnotatedArticle a, Quote previous, Quote q) {
        String between = a.article().text().substring(previous.span().end(), q.span().start());
        return between.length() < 200 && !between.contains("“") && between.chars().filter(c -> c == '"').count() <= 2;
    }

    private static boolean endsWithSpeechColon(AnnotatedArticle a, Block block) {
        String text = a.article().text();
        if (!block.span().of(text).stripTrailing().endsWith(":")) {
            return false;
        }
        Optional<Sentence> last = a.sentenceAt(block.span().end() - 1);
        return last.isPresent() && a.tokensOf(last.get()).stream()
                .anyMatch(t -> t.pos().startsWith("VB") && SpeechVerbs.isSpeech(t.lemma()));
    }

    /** The first-person paragraphs after block {@code intro}; returns the index of the last one taken. */
    private int blockQuotes(AnnotatedArticle a, int intro, List<Quote> into) {
        String text = a.article().text();
        List<Block> blocks = a.article().blocks();
        Sentence introSentence = a.sentenceAt(blocks.get(intro).span().end() - 1).orElseThrow();
        List<Token> tokens = a.tokens();
        int verb = -1;
        for (int k = introSentence.endToken() - 1; k >= introSentence.firstToken(); k--) {
            if (tokens.get(k).pos().startsWith("VB") && SpeechVerbs.isSpeech(tokens.get(k).lemma())) {
                verb = k;
                break;
            }
        }
        Speech speech = speechAt(a, introSentence, verb);
        int b = intro + 1;
        int taken = intro;
        while (b < blocks.size()) {
            Block block = blocks.get(b);
            if (block.kind().isBoilerplate() || block.kind() == BlockKind.CAPTION) {
                b++;
                continue;
            }
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.BLOCKQUOTE
                    || !isFirstPerson(block.span().of(text)) || block.span().of(text).startsWith("“")) {
                break;
            }
            Span span = trim(text, block.span());
            into.add(new Quote(span, span.of(text), QuoteKind.BLOCK, speech.speaker(), Optional.of(speech.cue()),
                    speech.medium(), speech.via()));
            taken = b;
            b++;
        }
        return taken;
    }

    private static boolean isFirstPerson(String paragraph) {
        for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (FIRST_PERSON.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reported speech outside direct quotes: a speech verb followed by "that" ("Hewitt shared that …"), and
     * sentences opening with "According to X," or "Per X," without a speech verb of their own.
     */
    private List<Quote> reported(AnnotatedArticle a, List<Quote> direct) {
        String text = a.article().text();
        List<Quote> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        for (Sentence sentence : a.sentences()) {
            if (direct.stream().anyMatch(q -> q.span().overlaps(sentence.span()))) {
                continue;
            }
            boolean found = false;
            for (int k = sentence.firstToken(); k + 1 < sentence.endToken(); k++) {
                Token t = tokens.get(k);
                if (t.pos().startsWith("VB") && SpeechVerbs.isSpeech(t.lemma())
                        && tokens.get(k + 1).lemma().equalsIgnoreCase("that")) {
                    Span content = trimEnd(text, new Span(tokens.get(k + 2 < sentence.endToken() ? k + 2 : k + 1)
                            .span().start(), sentence.span().end()));
                    Speech speech = speechAt(a, sentence, k);
                    out.add(new Quote(content, content.of(text), QuoteKind.INDIRECT, speech.speaker(),
                            Optional.of(speech.cue()), speech.medium(), speech.via()));
                    found = true;
                    break;
                }
            }
            String s = sentence.span().of(text);
            Matcher according = ACCORDING_TO.matcher(s);
            int comma = s.indexOf(',');
            if (!found && according.find() && comma > according.end()) {
                Span sourceSpan = new Span(sentence.span().start() + according.end(), sentence.span().start() + comma);
                Span content = trimEnd(text, new Span(sentence.span().start() + comma + 1, sentence.span().end()));
                Cue cue = new Cue(new Span(sentence.span().start() + according.start(),
                        sentence.span().start() + according.end() - 1), according.group().strip());
                Speaker speaker = resolve(a, sourceSpan);
                out.add(new Quote(content, content.of(text), QuoteKind.INDIRECT, Optional.of(speaker),
                        Optional.of(cue), Optional.empty(), Optional.empty()));
            }
        }
        return out;
    }

    private static Speaker resolve(AnnotatedArticle a, Span span) {
        String text = a.article().text();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(span)) {
                    return new Speaker(span, span.of(text), Optional.of(e.name()), Optional.of(e.id()));
                }
            }
        }
        return new Speaker(span, span.of(text), Optional.of(span.of(text)), Optional.empty());
    }

    private static Span trimEnd(String text, Span span) {
        Span t = trim(text, span);
        int e = t.end();
        while (e > t.start() && ".!?".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(t.start(), e);
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''");
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
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
