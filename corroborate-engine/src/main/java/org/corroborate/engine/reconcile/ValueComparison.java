package org.corroborate.engine.reconcile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.engine.extract.Counts;
import org.corroborate.model.ValueKind;

/**
 * Whether two normalized values of one relation can both be true, and whether one states it more precisely:
 * <ul>
 *   <li>dates: compatible when one lies inside the other; the longer ({@code 2001-08-25}) is more specific than
 *       {@code 2001-08};</li>
 *   <li>counts: compatible when their ranges overlap; an exact count is more specific than an estimate holding it
 *       ({@code 14} inside {@code >12});</li>
 *   <li>places: compatible when equal or one lies inside the other by what the story's own articles say
 *       ("Vellacott, a town in the Orrin Valley"); the inner place is more specific;</li>
 *   <li>phrases: compatible when most of their words are shared; neither is more specific;</li>
 *   <li>entities: compatible when equal.</li>
 * </ul>
 * Built per story; not shared between threads.
 */
final class ValueComparison {

    private static final double SAME_PHRASE = 0.5;

    /** Each place's known containers, lower case, as the story's "located in" claims give them. */
    private final Map<String, Set<String>> containers = new HashMap<>();

    /** @param inside pairs {inner, outer} of place names */
    ValueComparison(List<String[]> inside) {
        for (String[] pair : inside) {
            containers.computeIfAbsent(key(pair[0]), k -> new HashSet<>()).add(key(pair[1]));
        }
    }

    boolean compatible(ValueKind kind, String a, String b) {
        return switch (kind) {
            case DATE -> a.startsWith(b) || b.startsWith(a);
            case NUMBER -> Counts.compatible(a, b);
            case PLACE -> key(a).equals(key(b)) || inside(a, b) || inside(b, a);
            case TEXT -> a.equalsIgnoreCase(b) || Words.jaccard(Words.lower(a), Words.lower(b)) >= SAME_PHRASE;
            case ENTITY -> key(a).equals(key(b));
        };
    }

    /** True when {@code a} says the same as {@code b} more precisely. */
    boolean moreSpecific(ValueKind kind, String a, String b) {
        return switch (kind) {
            case DATE -> a.length() > b.length() && a.startsWith(b);
            case NUMBER -> Counts.compatible(a, b) && Counts.moreSpecific(a, b);
            case PLACE -> inside(a, b);
            case TEXT, ENTITY -> false;
        };
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

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").strip();
    }
}
