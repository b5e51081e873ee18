package org.corroborate.engine.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Published;
import org.corroborate.model.Sentence;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.corroborate.model.Token;

/**
 * Computes an {@link ArticleProfile} from an analysed article: its name and word features, the MinHash of
 * its wording, the embedding of its lead, and its dates. This is the costly part of clustering (the
 * embedding, about 10 ms), and it needs nothing from other articles, so the pipeline runs it on its worker
 * threads. Thread-safe when its encoder is.
 *
 * <p>The lead is the title and the first {@value #LEAD_SENTENCES} body sentences: a news article says what
 * happened, to whom, where and when at its top (the inverted pyramid), and what follows drifts into
 * background that similar events share.
 */
public final class ArticleProfiler {

    static final int LEAD_SENTENCES = 3;
    /** Title and lead words count this many times as often as the rest. */
    static final double LEAD_WEIGHT = 2.0;
    /** Words of the lead handed to the encoder at most: more is slower and dilutes the event with background. */
    static final int LEAD_WORDS = 80;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

    /** Words that say nothing of what happened: function words, reporting and light verbs, vague nouns. */
    private static final Set<String> STOP = Set.of(
            "be", "have", "do", "say", "tell", "add", "also", "get", "make", "take", "go", "come", "see", "know",
            "think", "want", "use", "give", "find", "put", "become", "seem", "report", "accord", "include", "continue",
            "told", "said", "says", "would", "could", "should", "will", "may", "might", "must", "can", "shall",
            "other", "more", "most", "many", "much", "such", "own", "same", "new", "last", "first", "next", "few",
            "year", "day", "time", "week", "month", "thing", "way", "people", "part", "lot", "number", "percent",
            "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "the", "and", "for", "that", "this", "with", "from", "not", "but", "all", "any", "one");

    private final SentenceEncoder encoder;

    public ArticleProfiler(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public ArticleProfile profile(ArticleFacts facts) {
        AnnotatedArticle annotated = facts.annotated();
        String text = facts.article().text();
        Optional<String> title = facts.article().metadata().title();
        List<Sentence> sentences = annotated.sentences();
        boolean titleInText = title.isPresent() && !sentences.isEmpty()
                && sentences.get(0).span().of(text).strip().equals(title.get().strip());

        Map<String, Double> words = new LinkedHashMap<>();
        if (title.isPresent() && !titleInText) {
            for (String w : words(title.get())) {
                String number = number(w);
                String feature = number != null ? "w:#" + number : isContent(w) ? "w:" + stem(w) : null;
                if (feature != null) {
                    words.merge(feature, LEAD_WEIGHT, Double::sum);
                }
            }
        }
        List<String> body = new ArrayList<>();
        StringBuilder lead = new StringBuilder(title.filter(t -> !titleInText).map(t -> t + "\n").orElse(""));
        int leadSentences = titleInText ? LEAD_SENTENCES + 1 : LEAD_SENTENCES;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            double weight = s < leadSentences ? LEAD_WEIGHT : 1.0;
            if (s < leadSentences) {
                lead.append(sentence.span().of(text)).append(' ');
            }
            for (Token t : annotated.tokensOf(sentence)) {
                body.add(t.text().toLowerCase(Locale.ROOT));
                String feature = wordFeature(t);
                if (feature != null) {
                    words.merge(feature, weight, Double::sum);
                }
            }
        }
        return new ArticleProfile(facts, names(annotated, false), names(annotated, true), words,
                MinHash.of(shingleWords(body)), encoder.encode(firstWords(lead.toString(), LEAD_WORDS)),
                facts.article().metadata().published().map(Published::date), monthDays(annotated.times()));
    }

    /**
     * Name features: each named entity's full name, and each word of it, weighted by its name mentions; with
     * {@code personsOnly}, those of people alone, who tell two events of one kind apart best (two DUI arrests of
     * one team's players, two title defences of one champion against two challengers).
     */
    static Map<String, Double> names(AnnotatedArticle annotated, boolean personsOnly) {
        Map<String, Double> names = new LinkedHashMap<>();
        for (Entity e : annotated.entities()) {
            if (personsOnly && e.type() != EntityType.PERSON) {
                continue;
            }
            long named = e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count();
            if (named == 0) {
                continue;
            }
            String full = normalName(e.name());
            if (full.isEmpty()) {
                continue;
            }
            names.merge("n:" + full, (double) named, Double::sum);
            String[] parts = full.split(" ");
            if (parts.length > 1) {
                for (String part : parts) {
                    if (part.length() > 2 && !STOP.contains(part)) {
                        names.merge("t:" + part, 0.5 * named, Double::sum);
                    }
                }
            }
        }
        return names;
    }

    private static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** The feature of a content word, or null for a name, a function word or punctuation. */
    private static String wordFeature(Token t) {
        String pos = t.pos();
        if (t.isNamed() || pos.startsWith("NNP")) {
            return null;
        }
        String number = number(t.text().toLowerCase(Locale.ROOT));
        if (number != null) {
            return "w:#" + number;
        }
        if (pos.equals("CD")) {
            return null;
        }
        if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) {
            return null;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return isContent(lemma) ? "w:" + stem(lemma) : null;
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final Pattern DIGITS = Pattern.compile("[$€£]?(\\d[\\d,.]*)(st|nd|rd|th|s)?");

    /**
     * A count, amount or ordinal as digits ("five" and "5" alike, "6th" as "6th", "1,200" as "1200"), or null.
     * Numbers tell one event from another of its kind: the score, the death toll, the sum, the round.
     */
    static String number(String word) {
        int small = NUMBER_WORDS.indexOf(word);
        if (small >= 0) {
            return Integer.toString(small);
        }
        Matcher m = DIGITS.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replace(",", "");
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        String suffix = m.group(2);
        return suffix == null || suffix.equals("s") ? digits : digits + "th";
    }

    private static boolean isContent(String word) {
        return word.length() > 2 && !STOP.contains(word) && Character.isLetterOrDigit(word.charAt(0));
    }

    /**
     * A light suffix stripper, so that a title's raw words ("checks", "fired") meet the lemmas of the body
     * ("check", "fire"). Lemmas mostly pass unchanged.
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - (w.endsWith("ied") ? 3 : 2)) + (w.endsWith("ied") ? "y" : "");
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static List<String> shingleWords(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLetterOrDigit(t.charAt(0))) {
                words.add(t);
            }
        }
        return words;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String firstWords(String text, int max) {
        Matcher m = WORD.matcher(text);
        int end = text.length();
        for (int n = 0; m.find(); n++) {
            if (n == max) {
                end = m.start();
                break;
            }
        }
        return text.substring(0, end).strip();
    }

    /**
     * Days of the year named, with or without their year (TIMEX3 dates of day precision, {@code XXXX-12-13}
     * included), as {@code d:12-13}: most reports name the day of their event without its year, and a text
     * without a publication date resolves no weekday ("on Saturday").
     */
    private static Map<String, Double> monthDays(List<TimeExpression> times) {
        Map<String, Double> days = new LinkedHashMap<>();
        for (TimeExpression t : times) {
            Matcher m = MONTH_DAY.matcher(t.value());
            if (t.kind() == TimeKind.DATE && m.lookingAt()) {
                days.merge("d:" + m.group(1) + "-" + m.group(2), 1.0, Double::sum);
            }
        }
        return days;
    }
}
