package org.corroborate.engine.extract;

import java.util.LinkedHashSet;
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

    /** Words of an occasion ("the night that we filmed the video") that do not tell one occasion from another. */
    private static final Set<String> OCCASION_NOISE = Set.of("on", "same", "that", "when", "of", "as", "we", "they", "he", "she",
            "i", "you", "it", "was", "were", "had", "have", "been", "being");
    /** Parts of a day, and the verbs of making a film or video, that outlets use for one another. */
    private static final Map<String, String> OCCASION_SYNONYMS = Map.ofEntries(
            Map.entry("night", "day"), Map.entry("evening", "day"), Map.entry("morning", "day"), Map.entry("afternoon", "day"),
            Map.entry("filmed", "shoot"), Map.entry("filming", "shoot"), Map.entry("shot", "shoot"), Map.entry("shooting", "shoot"),
            Map.entry("film", "shoot"), Map.entry("shoots", "shoot"), Map.entry("recorded", "recording"), Map.entry("recording", "recording"));

    private Phrases() {
    }

    /**
     * The normal form of an occasion an event is dated by: "the night that we filmed that video" and "on the same
     * day as the shoot of the video" are both "day shoot video", so that outlets' wordings of it compare equal.
     */
    static String occasion(String phrase) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalize(phrase).split("\\s+")) {
            if (!word.isEmpty() && !OCCASION_NOISE.contains(word)) {
                words.add(OCCASION_SYNONYMS.getOrDefault(word, word));
            }
        }
        return String.join(" ", words);
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
