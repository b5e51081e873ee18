package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How names are compared: without a possessive ending, word by word, and as initials ("ET"). */
final class NameForms {

    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "&", "for", "de", "la", "von", "van", "der");

    private NameForms() {
    }

    /** The name without a possessive ending: "Iglesias'" and "Iglesias’s" are "Iglesias". */
    static String clean(String name) {
        String n = name.strip();
        for (String end : new String[] {"'s", "’s", "'", "’"}) {
            if (n.endsWith(end) && n.length() > end.length() + 1) {
                return n.substring(0, n.length() - end.length());
            }
        }
        return n;
    }

    /** Its words, lower case, without joiners ("Bank of America" is bank, america). */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAKS.split(clean(name).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !JOINERS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** "ET" for "Entertainment Tonight": the capitals of the name's words, joiners left out. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : SPACES.split(clean(name))) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    static boolean isAcronym(String name) {
        String n = clean(name);
        if (n.length() < 2 || n.length() > 6) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            if (!Character.isUpperCase(n.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
