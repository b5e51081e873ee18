package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a passage for comparing wordings: letters and digits, apostrophes folded, case kept apart. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private Words() {
    }

    /** The words as written, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().replace('’', '\''));
        }
        return words;
    }

    static List<String> lower(String text) {
        return of(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Shared words over the smaller passage's words: 1 when one wording holds all of the other's words. */
    static double containment(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> large = small == sa ? sb : sa;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    /** Shared distinct words over all distinct words of the two. */
    static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return (double) shared.size() / union.size();
    }
}
