package org.corroborate.engine.reconcile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names and descriptions as a story's outlets write them, folded so that wordings of one thing compare equal:
 * case, quotation marks, a leading "the", a possessive "'s" and a trailing kind of work ("Hero music video" is
 * "Hero") do not count.
 */
final class Names {

    private static final Pattern TRAILING_KIND = Pattern.compile(
            "\\s+(?:music video|video|song|single|album|record|film|movie|series|show|music)$");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their");

    private Names() {
    }

    static String fold(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\"“”‘]", "").strip()
                .replaceFirst("^the\\s+", "").replaceFirst("'s$", "");
        String shorter = TRAILING_KIND.matcher(folded).replaceFirst("");
        return shorter.isBlank() ? folded : shorter;
    }

    /** The words of a description without its determiner: "the innovative R&B star" is {innovative, r&b, star}. */
    static Set<String> words(String description) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : description.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\"“”‘]", " ").split("\\s+")) {
            if (!w.isEmpty() && !DETERMINERS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** True when {@code name} reads as a description, not a name: it opens with a determiner ("the R&B star"). */
    static boolean isDescription(String name) {
        List<String> w = List.of(name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return w.size() > 1 && DETERMINERS.contains(w.get(0));
    }

    /** The last word of a description: what it is ("star", "61-year-old"). */
    static String head(String description) {
        String[] w = description.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
