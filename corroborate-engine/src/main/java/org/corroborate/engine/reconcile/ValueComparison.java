package org.corroborate.engine.reconcile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.engine.extract.Counts;
import org.corroborate.model.ValueKind;

/**
 * Whether two normalized values of one relation can both be true, and whether one states it more precisely:
 * <ul>
 *   <li>dates ({@link DateRange}): compatible when their stretches of time overlap; one inside the other is more
 *       specific ({@code 2001-08-25} inside {@code 2001-08}, {@code 2024-04-02} inside the week {@code 2024-W14},
 *       {@code 1887} inside the 1880s); values it cannot place compare by prefix;</li>
 *   <li>counts ({@link Counts}): compatible when their ranges overlap; an exact count is more specific than an
 *       estimate holding it ({@code 14} inside {@code >12});</li>
 *   <li>places: compatible when the same or one lies inside the other by what the story's own articles say
 *       ("Vellacott, a town in the Orrin Valley"); the inner place is more specific;</li>
 *   <li>phrases: compatible when most of their words are shared (the claims fold synonyms first: "airplane
 *       accident" and "plane crash" are one phrase); one that adds words to the other before the same last word
 *       is more specific ("plane crash" against "crash");</li>
 *   <li>entities: compatible when their names are one after folding case, a leading "the" and a trailing kind of
 *       work ("Hero music video" is "Hero").</li>
 * </ul>
 * Built per story; not shared between threads.
 */
final class ValueComparison {

    private static final double SAME_PHRASE = 0.5;

    /** Each place's known containers, as the story's "located in" claims give them. */
    private final Map<String, Set<String>> containers = new HashMap<>();

    /** @param inside pairs {inner, outer} of place names */
    ValueComparison(List<String[]> inside) {
        for (String[] pair : inside) {
            if (!key(pair[0]).equals(key(pair[1])) && !inside(pair[1], pair[0])) {
                containers.computeIfAbsent(key(pair[0]), k -> new HashSet<>()).add(key(pair[1]));
            }
        }
    }

    boolean compatible(ValueKind kind, String a, String b) {
        return switch (kind) {
            case DATE -> dates(a, b).map(r -> r[0].overlaps(r[1])).orElse(a.startsWith(b) || b.startsWith(a));
            case NUMBER -> Counts.compatible(a, b);
            case PLACE -> key(a).equals(key(b)) || inside(a, b) || inside(b, a);
            case TEXT -> a.equalsIgnoreCase(b) || Words.jaccard(Words.lower(a), Words.lower(b)) >= SAME_PHRASE || narrows(a, b) || narrows(b, a);
            case ENTITY -> key(a).equals(key(b));
        };
    }

    /** True when {@code a} says the same as {@code b} more precisely. */
    boolean moreSpecific(ValueKind kind, String a, String b) {
        return switch (kind) {
            case DATE -> dates(a, b).map(r -> r[0].isInside(r[1])).orElse(a.length() > b.length() && a.startsWith(b));
            case NUMBER -> Counts.compatible(a, b) && Counts.moreSpecific(a, b);
            case PLACE -> inside(a, b);
            case TEXT -> narrows(a, b);
            case ENTITY -> false;
        };
    }

    /** The normal form places and entities compare by. */
    static String key(String value) {
        return Names.fold(value);
    }

    private static Optional<DateRange[]> dates(String a, String b) {
        Optional<DateRange> x = DateRange.of(a);
        Optional<DateRange> y = DateRange.of(b);
        return x.isPresent() && y.isPresent() ? Optional.of(new DateRange[] {x.get(), y.get()}) : Optional.empty();
    }

    /** "plane crash" narrows "crash": all of b's words, more of them, the same last word. */
    private static boolean narrows(String a, String b) {
        List<String> wa = Words.lower(a);
        List<String> wb = Words.lower(b);
        return wa.size() > wb.size() && !wb.isEmpty() && wa.containsAll(wb) && wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1));
    }

    /** True when place {@code inner} lies inside {@code outer}, directly or through other places. */
    private boolean inside(String inner, String outer) {
        String target = key(outer);
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key(inner)));
        while (!todo.isEmpty()) {
            for (String up : containers.getOrDefault(todo.pop(), Set.of())) {
                if (up.equals(target)) {
                    return true;
                }
                if (seen.add(up)) {
                    todo.push(up);
                }
            }
        }
        return false;
    }
}
