package org.corroborate.engine.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normal forms of short phrases, so that outlets' wordings of one thing compare equal: lower case, articles and
 * determiners dropped, common synonyms folded ("an airplane accident" and "a plane crash" are both
 * "plane crash"; "the quake" is "earthquake").
 */
final class Phrases {

    private static final Set<String> DROPPED = Set.of("a", "an", "the", "his", "her", "their", "its", "this", "that");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("airplane", "plane"), Map.entry("aeroplane", "plane"), Map.entry("aircraft", "plane"),
            Map.entry("jet", "plane"), Map.entry("accident", "crash"), Map.entry("collision", "crash"),
            Map.entry("quake", "earthquake"), Map.entry("tremor", "earthquake"), Map.entry("blaze", "fire"),
            Map.entry("inferno", "fire"), Map.entry("blast", "explosion"), Map.entry("automobile", "car"),
            Map.entry("motor", "car"), Map.entry("copter", "helicopter"), Map.entry("chopper", "helicopter"));

    private Phrases() {
    }

    static String normalize(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ").split("\\s+")) {
            if (word.isEmpty() || DROPPED.contains(word)) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(SYNONYMS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
