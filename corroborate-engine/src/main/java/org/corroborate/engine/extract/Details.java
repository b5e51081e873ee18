package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.engine.Chars;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.corroborate.model.Token;

/**
 * The date and place of an event named at a trigger word, taken from the trigger's clause:
 * <ul>
 *   <li>never from the part of the sentence that says who speaks ("…, the chief told KRVX early Friday"): that is
 *       when it was said;</li>
 *   <li>a date before the trigger with "after", "before", "since", "until", "and" or "but" between them is
 *       another event's ("on Sunday, a day after fire destroyed …", "released on Tuesday and is due in court");</li>
 *   <li>of the rest, the one nearest the trigger.</li>
 * </ul>
 * Days are TIMEX3 values with a known year: a part of the day ("Thursday night",
 * {@code 2024-10-10TNI}) counts as the day, because outlets word the hour of one event loosely, and a clock time
 * ("shortly before 9 p.m. Thursday") is a detail of its own, compared by itself: an outlet that
 * gives the hour in another sentence than the day still agrees on the day.
 */
final class Details {

    /** Words between a date and a later trigger that put the date with another event or another predicate. */
    private static final Set<String> SEPARATING = Set.of("after", "before", "since", "until", "following", "and", "but");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "off", "outside", "on", "inside", "across", "from");
    private static final Set<EntityType> PLACES = Set.of(EntityType.LOCATION);
    /**
     * Last words of the names of buildings and grounds ("the Larkspur Mill", "St. Brigid's Church"). The building
     * an incident happened at is what it happened to, part of what the story is about ("the Larkspur Mill fire"),
     * and outlets name it beside the town it stands in; the place to compare across outlets is the town.
     */
    private static final Set<String> FACILITIES = Set.of("mill", "factory", "plant", "warehouse", "building", "church",
            "arena", "hall", "hospital", "school", "stadium", "store", "hotel", "mall", "tower", "depot", "refinery", "mine");
    private static final Pattern NAMES_A_DAY = Pattern.compile("(?i)\\b\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:[ap]\\.?m|:))|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|"
            + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\b(?:today|yesterday|tonight|tomorrow|last night)\\b");
    private static final Pattern CLOCK = Pattern.compile("T\\d{2}:\\d{2}$");

    /** A detail: its value and the span of the words that state it. */
    record Detail(String text, String value, Span span) {
    }

    private Details() {
    }

    /** When an event happened: the words, their day ({@code 2024-10-10}) and their clock time ({@code T21:00}). */
    record When(String text, Span span, Optional<String> day, Optional<String> hour) {
    }

    static Optional<When> when(AnnotatedArticle a, Clause clause, int trigger, Optional<Span> speech) {
        List<Token> tokens = a.tokens();
        Span at = tokens.get(trigger).span();
        When best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : a.times()) {
            if (!clause.span().contains(t.span()) || speech.filter(s -> s.overlaps(t.span())).isPresent()) {
                continue;
            }
            Optional<When> when = when(t);
            if (when.isEmpty() || t.span().end() <= at.start() && separated(tokens, clause, t.span().end(), at.start())) {
                continue;
            }
            int distance = t.span().start() >= at.end() ? t.span().start() - at.end() : 2 * (at.start() - t.span().end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = when.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The place the clause puts the event in: a place named after "in", "at", "near", … outside the speech. */
    static Optional<Detail> place(AnnotatedArticle a, Clause clause, MentionIndex mentions, Optional<Span> speech) {
        String text = a.article().text();
        for (MentionIndex.Placed p : mentions.within(clause.span(), PLACES)) {
            if (!isNamed(p) || isFacility(p)) {
                continue; // "in the mill": a place only described names no place to compare
            }
            if (speech.filter(s -> s.overlaps(p.span())).isEmpty() && PLACE_PREPOSITIONS.contains(wordBefore(text, p.span().start()))) {
                return Optional.of(new Detail(p.mention().text(), p.entity().name(), p.span()));
            }
        }
        return Optional.empty();
    }

    /** A name, or a description of a place the article names elsewhere. */
    private static boolean isNamed(MentionIndex.Placed p) {
        return p.mention().kind() == MentionKind.NAME || p.entity().mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }

    private static boolean isFacility(MentionIndex.Placed p) {
        String[] words = p.entity().name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length > 0 && FACILITIES.contains(words[words.length - 1]);
    }

    /**
     * A time expression as an event's time: its day when it has a known year and names a day, month or year (a
     * bare part of the day, "the early-morning blaze", and a bare clock time, "shortly before 9 p.m.", name none:
     * their day is only the tagger's guess), and its clock time when it has one.
     */
    static Optional<When> when(TimeExpression t) {
        if (t.kind() != TimeKind.DATE && t.kind() != TimeKind.TIME || t.value().isEmpty() || !Character.isDigit(t.value().charAt(0))) {
            return Optional.empty();
        }
        Matcher clock = CLOCK.matcher(t.value());
        Optional<String> hour = clock.find() ? Optional.of(clock.group()) : Optional.empty();
        Optional<String> day = t.kind() == TimeKind.DATE || NAMES_A_DAY.matcher(t.text()).find()
                ? Optional.of(t.value().replaceFirst("T.*$", "")) : Optional.empty();
        return day.isEmpty() && hour.isEmpty() ? Optional.empty() : Optional.of(new When(t.text(), t.span(), day, hour));
    }

    private static boolean separated(List<Token> tokens, Clause clause, int from, int to) {
        for (int k = clause.first(); k < clause.end(); k++) {
            Token t = tokens.get(k);
            if (t.span().start() >= from && t.span().end() <= to && SEPARATING.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The word before {@code offset}, skipping "the". */
    static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("the") && start > 0) {
            return wordBefore(text, start);
        }
        return word;
    }
}
