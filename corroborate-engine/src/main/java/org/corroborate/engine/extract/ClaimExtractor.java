package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Attribution;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimValue;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;

/**
 * Finds claims about events: a sentence with an event word (died, was killed, released, was arrested, …)
 * gives one claim per detail it states about the event's subject: its date, its place, its cause, the
 * subject's age; and a death toll anywhere gives a claim on the event it counts.
 *
 * <p>A claim inside a quotation is attributed to its speaker, through the quote's medium; a sentence
 * opening with "according to X" or "per X" attributes its claims to X. Thread-safe: holds no state.
 */
public final class ClaimExtractor {

    /** Event words by lemma, with the name the event's relations get. */
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("die", "death"), Map.entry("kill", "death"), Map.entry("pass", "death"),
            Map.entry("release", "release"), Map.entry("arrest", "arrest"), Map.entry("charge", "charge"),
            Map.entry("resign", "resignation"), Map.entry("marry", "marriage"), Map.entry("bear", "birth"),
            Map.entry("elect", "election"), Map.entry("open", "opening"), Map.entry("close", "closing"),
            Map.entry("strike", "strike"), Map.entry("hit", "strike"), Map.entry("collapse", "collapse"),
            Map.entry("launch", "launch"), Map.entry("sentence", "sentencing"), Map.entry("win", "win"));
    private static final Pattern CAUSE = Pattern.compile(
            "(?i)\\b(?:in|after|from|of|following)\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}-]+\\s+){0,2}"
                    + "(?:crash|accident|collision|fire|explosion|attack|shooting|overdose|cancer|illness|disease|"
                    + "heart attack|stroke|drowning|earthquake|storm|flood))\\b");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|at age|at the age of)\\s+(\\d{1,3})\\b|\\b(\\d{1,3})[- ]years?[- ]old\\b");
    private static final Pattern TOLL = Pattern.compile(
            "(?i)\\b(?:killed|killing|left)\\s+(?:at least\\s+|more than\\s+|nearly\\s+|about\\s+)?(\\d[\\d,]*)\\b"
                    + "|\\bdeath toll\\s+(?:\\w+\\s+){0,3}?(?:to|of|at|is|was|reached)\\s+(?:at least\\s+)?(\\d[\\d,]*)\\b"
                    + "|\\b(\\d[\\d,]*)\\s+(?:people|persons|passengers|residents|workers|others)?\\s*(?:were|have been|had been)?\\s*(?:killed|dead|died)\\b");
    private static final Pattern EVENT_NOUN = Pattern.compile(
            "(?i)\\b(earthquake|quake|fire|blaze|explosion|blast|crash|attack|shooting|storm|hurricane|flood|"
                    + "collapse|accident|eruption|derailment|landslide|tornado|typhoon|cyclone|bombing)\\b");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("airplane", "plane"), Map.entry("aeroplane", "plane"), Map.entry("aircraft", "plane"),
            Map.entry("accident", "crash"), Map.entry("quake", "earthquake"), Map.entry("blaze", "fire"),
            Map.entry("blast", "explosion"), Map.entry("car", "car"));
    private static final Pattern ATTRIBUTED = Pattern.compile("^(?:According to|Per|per|according to)\\s+([^,]+),");

    public List<Claim> extract(AnnotatedArticle a, List<Quote> quotes) {
        String text = a.article().text();
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : a.sentences()) {
            String s = sentence.span().of(text);
            Optional<Attribution> attribution = attribution(s, sentence.span(), quotes);
            int trigger = trigger(a, sentence);
            if (trigger >= 0) {
                Token t = a.tokens().get(trigger);
                String event = EVENTS.get(t.lemma().toLowerCase(Locale.ROOT));
                Optional<Entity> subject = subjectBefore(a, sentence, t.span().start());
                if (subject.isPresent()) {
                    eventClaims(a, sentence, event, subject.get(), attribution, claims);
                }
            }
            Matcher toll = TOLL.matcher(s);
            if (toll.find()) {
                String number = firstNonNull(toll.group(1), toll.group(2), toll.group(3)).replace(",", "");
                Matcher noun = EVENT_NOUN.matcher(s);
                String event = noun.find() ? normalize(noun.group(1)) : "the event";
                claims.add(new Claim(sentence.span(), event, Optional.empty(), "death toll",
                        new ClaimValue(toll.group(), number, ValueKind.NUMBER), attribution));
            }
        }
        return claims;
    }

    private static void eventClaims(AnnotatedArticle a, Sentence sentence, String event, Entity subject,
            Optional<Attribution> attribution, List<Claim> into) {
        String text = a.article().text();
        String s = sentence.span().of(text);
        Optional<String> id = Optional.of(subject.id());
        for (TimeExpression time : a.times()) {
            if (sentence.span().contains(time.span()) && time.kind() == org.corroborate.model.TimeKind.DATE) {
                into.add(new Claim(sentence.span(), subject.name(), id, event + " date",
                        new ClaimValue(time.text(), time.value(), ValueKind.DATE), attribution));
                break;
            }
        }
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (sentence.span().contains(m.span())) {
                    into.add(new Claim(sentence.span(), subject.name(), id, event + " place",
                            new ClaimValue(m.text(), e.name(), ValueKind.PLACE), attribution));
                    break;
                }
            }
        }
        if (event.equals("death")) {
            Matcher cause = CAUSE.matcher(s);
            if (cause.find()) {
                into.add(new Claim(sentence.span(), subject.name(), id, "death cause",
                        new ClaimValue(cause.group(1), normalize(cause.group(1)), ValueKind.TEXT), attribution));
            }
        }
        Matcher age = AGE.matcher(s);
        if (age.find()) {
            String years = age.group(1) != null ? age.group(1) : age.group(2);
            into.add(new Claim(sentence.span(), subject.name(), id, "age at " + event,
                    new ClaimValue(age.group(), years, ValueKind.NUMBER), attribution));
        }
    }

    /** The first event verb of the sentence ("passed away" counts by "pass" followed by "away"). */
    private static int trigger(AnnotatedArticle a, Sentence sentence) {
        List<Token> tokens = a.tokens();
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            Token t = tokens.get(k);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!t.pos().startsWith("VB") || !EVENTS.containsKey(lemma)) {
                continue;
            }
            if (lemma.equals("pass") && !(k + 1 < sentence.endToken() && tokens.get(k + 1).text().equals("away"))) {
                continue;
            }
            return k;
        }
        return -1;
    }

    /** The person or organisation mentioned last before {@code offset} in the sentence. */
    private static Optional<Entity> subjectBefore(AnnotatedArticle a, Sentence sentence, int offset) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() >= sentence.span().start() && m.span().end() <= offset && m.span().end() > bestEnd) {
                    best = e;
                    bestEnd = m.span().end();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Attribution> attribution(String sentence, Span span, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.span().overlap(span) * 2 > span.length() && q.speaker().flatMap(sp -> sp.name()).isPresent()) {
                return Optional.of(new Attribution(q.speaker().get().name().get(), q.medium().or(q::via)));
            }
        }
        Matcher m = ATTRIBUTED.matcher(sentence);
        return m.find() ? Optional.of(new Attribution(m.group(1).strip(), Optional.empty())) : Optional.empty();
    }

    /** Lower case, synonyms folded ("airplane accident" → "plane crash"), articles dropped. */
    static String normalize(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.equals("a") || word.equals("an") || word.equals("the")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(SYNONYMS.getOrDefault(word, word));
        }
        return out.toString();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("the pattern matched without a number");
    }
}
