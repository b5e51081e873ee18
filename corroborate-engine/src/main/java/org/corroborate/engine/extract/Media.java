package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Whom or where words were said to, from the clause of their cue: the addressee of "told Entertainment
 * Tonight", "in an interview with ET", "speaking to CNN", "said on The Long Take podcast", "in a statement to
 * Screenline", or the occasion itself when it names no one ("in a statement", "at a news conference").
 * Thread-safe: static.
 */
final class Media {

    private static final String DETERMINER = "(?:an?|the|his|her|their|its|one|this|that|several|two|multiple)";
    private static final String OCCASION = "(?:interview|interviews|conversation|chat|appearance|podcast|broadcast|segment"
            + "|episode|statement|op-ed|essay|letter|post|tweet|speech|address|memo|email|e-mail|call|session|briefing"
            + "|news conference|press conference|press briefing|town hall|rally|hearing|debate|video|note|message)";
    /** "in an interview with X", "in a statement to X", "during an appearance on X". */
    private static final Pattern WITH = Pattern.compile("(?i)(?:in|during|at|on)\\s+" + DETERMINER
            + "\\s+(?:[\\w’'-]+\\s+){0,3}?" + OCCASION + "\\s+(?:with|to|on)\\s+");
    /** "speaking to X", "talking with X", "in remarks to X". */
    private static final Pattern SPEAKING = Pattern.compile("(?i)\\b(?:speaking|talking|speaks|spoke|talked)\\s+(?:to|with)\\s+");
    /** "in a statement", "at a news conference": the occasion, when it names no addressee. */
    private static final Pattern OCCASION_ONLY = Pattern.compile("(?i)(?:in|during|at)\\s+(" + DETERMINER
            + "\\s+(?:[\\w’'-]+\\s+){0,2}?(?:statement|news conference|press conference|press briefing|briefing"
            + "|speech|rally|hearing|town hall|debate|op-ed|letter|memo))\\b");

    private Media() {
    }

    /** The medium of the cue verb at token {@code cue} in {@code sentence}. */
    static Optional<String> of(AnnotatedArticle a, Speakers speakers, QuoteScan scan, Sentence sentence, int cue) {
        List<Token> tokens = a.tokens();
        String text = a.article().text();
        Token verb = tokens.get(cue);
        if (SpeechVerbs.takesAddressee(verb.lemma()) && cue + 1 < sentence.endToken()
                && !verb.pos().equals("VBN")) {
            Token object = tokens.get(cue + 1);
            if (object.pos().startsWith("PRP")) {
                // "told her": whoever she is, when the entities say.
                Optional<String> name = speakers.of(cue + 1, cue + 2).name();
                if (name.isPresent()) {
                    return name;
                }
            } else {
                Optional<String> named = phraseAt(a, cue + 1, sentence.endToken());
                if (named.isPresent() && !isPronounOrThat(named.get())) {
                    return named;
                }
            }
        }
        Optional<String> interview = interviewIn(a, scan, sentence);
        if (interview.isPresent()) {
            return interview;
        }
        String s = sentence.span().of(text);
        int base = sentence.span().start();
        // "said on Fox News Sunday", "wrote on Twitter": a name right after the verb, not a date ("on April 2").
        if (cue + 2 < sentence.endToken() && tokens.get(cue + 1).text().equalsIgnoreCase("on")
                && Character.isUpperCase(tokens.get(cue + 2).text().charAt(0))
                && !TimeNames.isDateWord(tokens.get(cue + 2).text())) {
            Optional<String> named = phraseAt(a, cue + 2, sentence.endToken());
            if (named.isPresent()) {
                return named;
            }
        }
        Matcher occasion = OCCASION_ONLY.matcher(s);
        while (occasion.find()) {
            if (!scan.isQuoted(new Span(base + occasion.start(), base + occasion.end()))) {
                return Optional.of(occasion.group(1));
            }
        }
        return Optional.empty();
    }

    /** The addressee of "in an interview with X", "speaking to X" anywhere in the sentence, outside quotations. */
    static Optional<String> interviewIn(AnnotatedArticle a, QuoteScan scan, Sentence sentence) {
        String s = sentence.span().of(a.article().text());
        int base = sentence.span().start();
        for (Pattern p : List.of(WITH, SPEAKING)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (scan.isQuoted(new Span(base + m.start(), base + m.end()))) {
                    continue; // the speaker's own words, not the article's account of them
                }
                int at = TokenSearch.firstFrom(a.tokens(), base + m.end());
                Optional<String> named = phraseAt(a, at, sentence.endToken());
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** True when an occasion phrase ("in an interview with …", "in a statement") starts at {@code offset}. */
    static boolean isOccasion(String text, int offset) {
        Matcher m = OCCASION_ONLY.matcher(text).region(offset, Math.min(text.length(), offset + 80));
        return m.lookingAt() || WITH.matcher(text).region(offset, Math.min(text.length(), offset + 80)).lookingAt();
    }

    private static Optional<String> phraseAt(AnnotatedArticle a, int from, int ceiling) {
        List<Token> tokens = a.tokens();
        if (from >= ceiling) {
            return Optional.empty();
        }
        Optional<CuePhrases.Phrase> phrase = CuePhrases.after(tokens, from, ceiling);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        // The core only, without an apposition: "told KRVX, the local station" is KRVX.
        int end = phrase.get().first();
        while (end < phrase.get().end() && !tokens.get(end).text().equals(",")) {
            end++;
        }
        if (end == from) {
            return Optional.empty();
        }
        // "The Long Take podcast this week": the time is when, not where.
        while (end - 1 > from && TimeNames.isTimeWord(tokens.get(end - 1).text())
                && (Character.isLowerCase(tokens.get(end - 1).text().charAt(0)) || TimeNames.isDateWord(tokens.get(end - 1).text()))) {
            end--;
            if (end - 1 > from && Set.of("this", "last", "next", "that", "on", "early", "late")
                    .contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
                end--;
            }
        }
        Span span = new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(span.of(a.article().text()));
    }

    private static boolean isPronounOrThat(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.equals("that") || p.equals("it") || p.equals("this") || p.equals("so");
    }
}
