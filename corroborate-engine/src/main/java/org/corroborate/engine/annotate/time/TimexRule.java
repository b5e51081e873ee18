package org.corroborate.engine.annotate.time;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.TimeKind;

/**
 * One recognition rule in the manner of HeidelTime (Strötgen and Gertz, "Multilingual and cross-domain temporal
 * tagging", LREV 2013): a pattern that finds the expression, a guard that turns away look-alikes from the
 * words around it, and a resolver that normalizes what was found to a TIMEX3 value.
 *
 * <p>Guards run before overlapping matches are settled, so a rejected long match leaves room for a shorter one;
 * resolvers run after, in text order, because relative expressions depend on what came before. Both get a
 * {@link Matcher} positioned on the match, so they can read its named groups (a {@code MatchResult} cannot
 * before Java 20).
 *
 * @param name     for messages and tests
 * @param pattern  matched against the whole text with transparent bounds, so look-arounds see past a region
 * @param triggers the words near which the pattern is tried; see {@link #on}
 */
record TimexRule(String name, Pattern pattern, Guard guard, Resolver resolver, Set<String> triggers) {

    TimexRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(resolver, "resolver");
        triggers = Set.copyOf(triggers);
    }

    /**
     * The same rule, tried only near the given words (lower case, as split at anything but letters and digits;
     * {@link TimeWords#DIGITS} for any number). Every match of the pattern must contain one of them: that is
     * what lets the tagger skip the text between time words instead of running every pattern over all of it.
     */
    TimexRule on(String... words) {
        return new TimexRule(name, pattern, guard, resolver, Set.of(words));
    }

    static TimexRule of(String name, String regex, Resolver resolver) {
        return of(name, regex, (text, m) -> true, resolver);
    }

    /** A rule whose matches start at a word's start: never inside "Sandra" or "intraday". */
    static TimexRule of(String name, String regex, Guard guard, Resolver resolver) {
        return new TimexRule(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")"), guard, resolver, Set.of());
    }

    /** Decides from the text around a match whether it is a time expression at all. */
    @FunctionalInterface
    interface Guard {
        boolean accepts(String text, Matcher match);
    }

    /** Gives a match its type and value; empty when the match turns out not to be a time expression. */
    @FunctionalInterface
    interface Resolver {
        Optional<Resolution> resolve(Matcher match, Context context);
    }

    /**
     * A normalized expression.
     *
     * @param point   the stretch of the calendar it names, when it names one exactly
     * @param anchors whether later narrative expressions ("the next day") count from this point; comparisons
     *                ("a year earlier", "the year-ago quarter") name a point but do not move the story there
     */
    record Resolution(TimeKind kind, String value, Optional<TimexValue> point, boolean anchors) {

        Resolution {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(point, "point");
        }

        static Optional<Resolution> date(TimexValue point) {
            return Optional.of(new Resolution(point.timeOfDay().isEmpty() ? TimeKind.DATE : TimeKind.TIME,
                    point.format(), Optional.of(point), true));
        }

        /** A point named only to compare with another: it does not become the anchor. */
        static Optional<Resolution> comparison(TimexValue point) {
            return Optional.of(new Resolution(TimeKind.DATE, point.format(), Optional.of(point), false));
        }

        /** A value that names no exact stretch: {@code PRESENT_REF}, {@code XXXX-08}, a duration, a set. */
        static Optional<Resolution> vague(TimeKind kind, String value) {
            return Optional.of(new Resolution(kind, value, Optional.empty(), false));
        }
    }
}
