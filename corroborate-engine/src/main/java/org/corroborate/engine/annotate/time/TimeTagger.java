package org.corroborate.engine.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.corroborate.engine.Chars;
import org.corroborate.engine.annotate.time.TimexRule.Resolution;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;

/**
 * Finds time expressions in text and normalizes them to TIMEX3 values relative to the publication date, in
 * the manner of HeidelTime (Strötgen and Gertz, LREV 2013): rules made of patterns and small word lists
 * recognize the expressions, and each rule's resolver normalizes what it found.
 *
 * <ul>
 *   <li>Absolute dates keep the precision the text gives: "August 25, 2001" is {@code 2001-08-25}, "Aug. 2001"
 *       {@code 2001-08}, "in 2001" {@code 2001}, "the 1990s" {@code 199}.</li>
 *   <li>Deictic expressions count from the publication date: "Saturday" is the Saturday on or before it (the
 *       one after it in a future sentence), "two years ago" the year two before it, "now" {@code PRESENT_REF}.</li>
 *   <li>Narrative expressions count from the last point the text named: "the next day", "a year earlier",
 *       "the 20th anniversary" of a dated event.</li>
 *   <li>Durations and sets: "four years" is {@code P4Y}, "daily" {@code P1D}.</li>
 *   <li>Without a publication date, whatever would come from it stays {@code X}: "Saturday" is
 *       {@code XXXX-WXX-6}, "last year" {@code XXXX}. Nothing is guessed.</li>
 * </ul>
 *
 * <p>Names that look like times are left alone: "Entertainment Tonight", "USA Today", "Theresa May", "the Sunday
 * Times", and counts such as "Articles Published: 1508".
 *
 * <p>Matching is by regular expressions over the raw text, with no tokenizer or model, so it costs little next
 * to the rest of the annotate stage. Thread-safe: holds only compiled rules.
 */
public final class TimeTagger {

    /** How far before and after a trigger word a rule's match may reach, in chars. */
    private static final int WINDOW = 60;

    private final List<TimexRule> rules;
    private final Map<String, int[]> rulesByTrigger;

    public TimeTagger() {
        this.rules = Stream.of(CalendarRules.rules(), RelativeRules.rules(), DurationRules.rules(),
                        AnniversaryRule.rules())
                .flatMap(List::stream)
                .toList();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).triggers().isEmpty()) {
                throw new IllegalStateException("time rule " + rules.get(r).name() + " names no trigger words");
            }
            for (String word : rules.get(r).triggers()) {
                index.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> byTrigger = new HashMap<>();
        index.forEach((word, list) -> byTrigger.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        this.rulesByTrigger = Map.copyOf(byTrigger);
    }

    /**
     * A match that passed its rule's guard, before overlaps are settled.
     *
     * @param match the chars the pattern matched; {@code span} is the same without white space at the edges
     */
    private record Candidate(Span span, Span match, int rule, Span region) {
    }

    /**
     * The time expressions in the regions of {@code text}, in text order, none overlapping another.
     *
     * @param regions   the parts of the text to search, in text order and not overlapping (body blocks); no
     *                  expression crosses a region's edge
     * @param reference the publication date (TempEval's document creation time), when known
     */
    public List<TimeExpression> tag(String text, List<Span> regions, Optional<LocalDate> reference) {
        List<Candidate> chosen = new ArrayList<>();
        for (Span region : regions) {
            chosen.addAll(choose(candidates(text, region)));
        }
        chosen.sort(Comparator.comparing(Candidate::span));
        return resolve(text, chosen, reference);
    }

    /**
     * The guarded matches in one region. A rule's pattern runs only in windows around its trigger words
     * ({@link TimexRule#on}), merged where they overlap, so text without time words costs one scan for words.
     */
    private List<Candidate> candidates(String text, Span region) {
        int n = rules.size();
        int[] windowStart = new int[n];
        int[] windowEnd = new int[n];
        Arrays.fill(windowEnd, -1);
        Matcher[] matchers = new Matcher[n];
        List<Candidate> found = new ArrayList<>();
        int i = region.start();
        while (i < region.end()) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < region.end() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String key = Character.isDigit(ch) ? TimeWords.DIGITS : text.substring(wordStart, i).toLowerCase(Locale.ROOT);
            int[] triggered = rulesByTrigger.get(key);
            if (triggered == null) {
                continue;
            }
            int from = Math.max(region.start(), wordStart - WINDOW);
            int to = Math.min(region.end(), i + WINDOW);
            for (int r : triggered) {
                if (windowEnd[r] >= from) {
                    windowEnd[r] = Math.max(windowEnd[r], to);
                } else {
                    if (windowEnd[r] >= 0) {
                        scan(text, r, windowStart[r], windowEnd[r], region, matchers, found);
                    }
                    windowStart[r] = from;
                    windowEnd[r] = to;
                }
            }
        }
        for (int r = 0; r < n; r++) {
            if (windowEnd[r] >= 0) {
                scan(text, r, windowStart[r], windowEnd[r], region, matchers, found);
            }
        }
        return found;
    }

    private void scan(String text, int r, int from, int to, Span region, Matcher[] matchers, List<Candidate> into) {
        TimexRule rule = rules.get(r);
        if (matchers[r] == null) {
            matchers[r] = rule.pattern().matcher(text);
        }
        Matcher m = matchers[r];
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (m.find()) {
            if (m.end() > m.start() && rule.guard().accepts(text, m) && !titled(text, m.start(), m.end(), rule)) {
                into.add(new Candidate(trim(text, m.start(), m.end()), new Span(m.start(), m.end()), r, region));
            }
        }
    }

    /**
     * True when a word after the first is capitalized without being a calendar name: "This Week" (a television
     * programme), "60 Minutes", "A Day in the Life". Holidays are names by nature and pass.
     */
    private static boolean titled(String text, int start, int end, TimexRule rule) {
        if (rule.name().equals("holiday")) {
            return false;
        }
        int i = start;
        while (i < end && !Chars.isSpace(text.charAt(i)) && text.charAt(i) != '-') {
            i++;
        }
        while (i < end) {
            while (i < end && (Chars.isSpace(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            int w = i;
            while (i < end && !Chars.isSpace(text.charAt(i)) && text.charAt(i) != '-') {
                i++;
            }
            if (w < i && Character.isUpperCase(text.charAt(w)) && !isAbbreviation(text, w, i)
                    && !CalendarRules.isTimeWord(text.substring(w, trimPunctuation(text, w, i)))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the word {@code [start, end)} without the punctuation after its letters ("Friday," is "Friday"). */
    private static int trimPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start && !Character.isLetter(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
            e--;
        }
        return e;
    }

    /** "A.M.", "EST", "U.S.": capitals that abbreviate, not a title's words. */
    private static boolean isAbbreviation(String text, int start, int end) {
        int capitals = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals <= 4;
    }

    /** The span without white space or a trailing comma at its edges, which some patterns take in. */
    private static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new Span(s, e);
    }

    /** The longest candidates win; among equally long ones, the rule listed first. */
    private static List<Candidate> choose(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
                .thenComparingInt(Candidate::rule)
                .thenComparing(Candidate::span));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private List<TimeExpression> resolve(String text, List<Candidate> chosen, Optional<LocalDate> reference) {
        List<TimeExpression> out = new ArrayList<>();
        List<TimexValue> mentioned = new ArrayList<>();
        Optional<TimexValue> anchor = reference.map(TimexValue::day);
        Optional<Span> anchorSpan = Optional.empty();
        for (Candidate c : chosen) {
            TimexRule rule = rules.get(c.rule());
            Matcher m = rule.pattern().matcher(text);
            m.region(c.match().start(), c.match().end());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (!m.matches()) {
                continue;
            }
            Span sentence = Surroundings.sentence(text, c.region(), c.span().start(), c.span().end());
            Context context = new Context(text, reference, anchor, anchorSpan, mentioned, sentence, c.span());
            Optional<Resolution> resolution = rule.resolver().resolve(m, context);
            if (resolution.isEmpty()) {
                continue;
            }
            Resolution r = resolution.get();
            out.add(new TimeExpression(c.span(), c.span().of(text), r.kind(), r.value()));
            if (r.point().isPresent() && r.anchors()) {
                anchor = r.point();
                anchorSpan = Optional.of(c.span());
                mentioned.add(r.point().get());
            }
        }
        return out;
    }
}
