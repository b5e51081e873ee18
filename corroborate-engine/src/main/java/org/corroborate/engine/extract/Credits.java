package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.engine.Chars;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Attribution;
import org.corroborate.model.EntityType;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Who an article credits for a passage, so that a claim made there is attributed to them:
 * <ol>
 *   <li>the speaker of a quotation or reported speech ({@link QuoteExtractor}) holding the passage, with the
 *       quote's medium ("told Entertainment Tonight") as {@code via}, else the outlet it came through ("According
 *       to People, Dash revealed …");</li>
 *   <li>X in "according to X" or "per X" in the passage's clause, or opening or closing its sentence;</li>
 *   <li>speech the quote stage did not report: a sentence closing "…, X said" or "…, X told Y", or opening
 *       "X said (that) …" / "X told Y that …", where X is a name or a description ("the local fire chief",
 *       "police").</li>
 * </ol>
 * The speech itself ("X told KRVX early Friday") is the {@link #speech} part of the sentence, which claims do
 * not take details from: the time of telling is not the time of the event.
 *
 * <p>Built per article; not shared between threads.
 */
final class Credits {

    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:according to|per)\\s+([^,.;:]{2,60}?)(?=\\s*(?:[,.;:]|$))");
    private static final Set<String> THAT = Set.of("that");
    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    /** A passage's credit and the part of its sentence that says so. */
    record Credit(Attribution attribution, Span speech) {
    }

    private final AnnotatedArticle article;
    private final List<Quote> quotes;
    private final MentionIndex mentions;

    Credits(AnnotatedArticle article, List<Quote> quotes, MentionIndex mentions) {
        this.article = article;
        this.quotes = quotes;
        this.mentions = mentions;
    }

    /** Whom the article credits for what it says at {@code anchor}, inside {@code clause}. */
    Optional<Attribution> of(Clause clause, Span anchor) {
        for (Quote q : quotes) {
            if (holds(q.span(), anchor) && q.speaker().isPresent()) {
                String source = q.speaker().get().name().orElse(q.speaker().get().text());
                if (!isBarePronoun(source)) {
                    return Optional.of(new Attribution(source, q.medium().or(q::via)));
                }
            }
        }
        return phrase(clause.span()).or(() -> phrase(clause.sentence().span()).filter(c -> atEdge(clause.sentence(), c.speech())))
                .or(() -> speech(clause.sentence(), anchor))
                .map(Credit::attribution);
    }

    /** The part of {@code sentence} that reports who speaks, when it has one: details are not taken from it. */
    Optional<Span> speechPart(Sentence sentence) {
        Optional<Span> credit = phrase(sentence.span()).filter(c -> atEdge(sentence, c.speech())).map(Credit::speech);
        return credit.or(() -> speech(sentence, null).map(Credit::speech));
    }

    private static boolean holds(Span quote, Span anchor) {
        return quote.contains(anchor) || quote.overlap(anchor) * 2 > anchor.length();
    }

    private static boolean isBarePronoun(String s) {
        return Set.of("he", "she", "they", "it", "i", "we", "you").contains(s.toLowerCase(Locale.ROOT));
    }

    /** "according to X" or "per X" inside {@code range}: X, by its entity's name when it is one. */
    private Optional<Credit> phrase(Span range) {
        String text = article.article().text();
        Matcher m = CREDIT.matcher(range.of(text));
        if (!m.find()) {
            return Optional.empty();
        }
        Span named = new Span(range.start() + m.start(1), range.start() + m.end(1));
        String source = mentions.within(named, WHO).stream().findFirst()
                .filter(p -> p.span().length() * 2 >= named.length())
                .map(p -> p.entity().name()).orElse(named.of(text).strip());
        return Optional.of(new Credit(new Attribution(source, Optional.empty()),
                new Span(range.start() + m.start(), range.start() + m.end())));
    }

    /** True when {@code part} opens its sentence (after at most an adverb) or closes it. */
    private boolean atEdge(Sentence sentence, Span part) {
        String text = article.article().text();
        String before = text.substring(sentence.span().start(), part.start()).strip();
        String after = text.substring(part.end(), sentence.span().end()).replaceAll("[\\p{Punct}\\s”\"’]+", "");
        return before.isEmpty() || before.endsWith(",") || after.isEmpty();
    }

    /**
     * Speech in {@code sentence}: a speech verb whose subject is a name or description, closing the sentence
     * after a comma ("…, the local fire chief said.") or opening it ("Maddox said 31 workers …"). When
     * {@code anchor} is given it must lie in the reported part, not in the speech.
     */
    private Optional<Credit> speech(Sentence sentence, Span anchor) {
        List<Token> tokens = article.tokens();
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            Token t = tokens.get(k);
            if (!t.pos().startsWith("VB") || !SpeechVerbs.isSpeech(t.lemma().toLowerCase(Locale.ROOT))
                    || EventFrames.isPassive(tokens, k, sentence.firstToken())) {
                continue; // "The fire was reported at 4 a.m." reports no speech
            }
            Optional<NounPhrases.Found> speaker = NounPhrases.subjectBefore(article, mentions, sentence, k, true);
            if (speaker.isEmpty()) {
                continue;
            }
            int speechStart = closingStart(tokens, sentence, speaker.get().span().start());
            boolean opening = onlyTitleBefore(tokens, sentence, speaker.get().span().start());
            boolean closing = speechStart >= 0;
            if (!closing && !opening) {
                continue;
            }
            speechStart = closing ? speechStart : speaker.get().span().start();
            int end = closing ? sentence.span().end() : pastTime(reportedStart(tokens, k, sentence), sentence);
            Span speech = new Span(speechStart, end);
            if (anchor != null && (speech.contains(anchor.start()) || opening && anchor.end() <= speechStart)) {
                continue;
            }
            return Optional.of(new Credit(new Attribution(speaker.get().name(), medium(tokens, k, sentence)), speech));
        }
        return Optional.empty();
    }

    /**
     * Where speech closing a sentence starts: the token after the comma before the speaker, when only a title
     * stands between them (", Vellacott Fire Chief Lorcan Maddox told …"); -1 when the speaker does not follow
     * a comma.
     */
    private static int closingStart(List<Token> tokens, Sentence sentence, int speakerStart) {
        for (int k = sentence.endToken() - 1; k > sentence.firstToken(); k--) {
            Token t = tokens.get(k);
            if (t.span().start() >= speakerStart) {
                continue;
            }
            if (t.text().equals(",")) {
                return tokens.get(k + 1).span().start();
            }
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when nothing but a title ("Fire Chief", "Mayor") stands before {@code start} in the sentence, after a
     * wire dateline ("EASTMERE (CPS) --").
     */
    private static boolean onlyTitleBefore(List<Token> tokens, Sentence sentence, int start) {
        int first = sentence.firstToken();
        for (int k = first; k < Math.min(sentence.endToken(), first + 8); k++) {
            if (tokens.get(k).text().equals("--") || tokens.get(k).text().equals("—")) {
                first = k + 1;
                break;
            }
        }
        for (int k = first; k < sentence.endToken() && tokens.get(k).span().start() < start; k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("NNP") || pos.equals("NN") || pos.equals("DT") || pos.startsWith("JJ"))) {
                return false;
            }
        }
        return true;
    }

    /** Where the reported words start after an opening "X said (…) that" or "X told Y that": past the "that". */
    private static int reportedStart(List<Token> tokens, int verb, Sentence sentence) {
        int limit = Math.min(sentence.endToken(), verb + 12);
        for (int k = verb + 1; k < limit; k++) {
            Token t = tokens.get(k);
            if (THAT.contains(t.text().toLowerCase(Locale.ROOT))) {
                return k + 1 < sentence.endToken() ? tokens.get(k + 1).span().start() : sentence.span().end();
            }
            if (t.pos().startsWith("VB") || t.text().equals(",")) {
                break;
            }
        }
        return verb + 1 < sentence.endToken() ? tokens.get(verb + 1).span().start() : sentence.span().end();
    }

    /** Past a time expression at {@code offset} (with its "on"): "X said Sunday he will retire" was said on Sunday. */
    private int pastTime(int offset, Sentence sentence) {
        String text = article.article().text();
        int at = offset;
        if (text.startsWith("on ", at)) {
            at += 3;
        }
        for (var t : article.times()) {
            if (t.span().start() == at && t.span().end() <= sentence.span().end()) {
                int end = t.span().end();
                while (end < sentence.span().end() && Chars.isSpace(text.charAt(end))) {
                    end++;
                }
                return text.startsWith("that ", end) ? end + 5 : end;
            }
        }
        return offset;
    }

    /** "told KRVX", "told reporters": whom the words were said to. */
    private static Optional<String> medium(List<Token> tokens, int verb, Sentence sentence) {
        if (!tokens.get(verb).lemma().equalsIgnoreCase("tell")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int k = verb + 1; k < sentence.endToken(); k++) {
            Token t = tokens.get(k);
            boolean name = t.pos().startsWith("NNP") || out.isEmpty() && (t.pos().equals("DT") || t.pos().startsWith("NN"))
                    || t.pos().equals("CD") && tokens.get(k - 1).pos().startsWith("NNP");
            if (!name && !(t.pos().startsWith("NN") && !out.isEmpty())) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.text());
        }
        String medium = out.toString().replaceFirst("(?i)^the\\s+", "");
        return medium.isEmpty() || medium.equalsIgnoreCase("that") ? Optional.empty() : Optional.of(medium);
    }
}
