package org.corroborate.engine.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;

/**
 * The head nouns that make a noun phrase a mention of an entity ("the actress", "the company", "the mill",
 * "the album"), from the word list {@code nouns.txt} beside this class: for each, the type of entity it names
 * and, for people, the gender it shows. Loaded once; immutable and thread-safe.
 */
final class Nouns {

    /**
     * What one head noun says about its referent.
     *
     * @param building for a place, whether it is a building or works ("mill", "church"): what "the building" may mean
     */
    record Sense(EntityType type, Gender gender, boolean building) {
    }

    private static final Map<String, Sense> SENSES = load();
    /** The last words that make a name a business's: "Brightwell Logistics", "Warner Bros.", "Marcus & Co.". */
    private static final Set<String> BUSINESS_ENDINGS = Set.of("bros", "inc", "ltd", "co", "corp", "corporation", "llc",
            "plc", "gmbh", "ag", "sa", "group", "brothers", "sons", "logistics", "textiles", "pictures", "marine",
            "holdings", "industries", "studios", "records", "media", "foods", "motors", "airlines", "systems", "partners",
            "capital", "construction", "shipping", "fisheries", "mills", "brewery", "entertainment", "productions");
    /**
     * The last words that make a name a street's or a stretch of land's ("Harbour Road", "Marrow Coast"): only
     * words that are not also common surnames ("Lane", "Bridge", "Hall" are left out).
     */
    private static final Set<String> PLACE_ENDINGS = Set.of("road", "street", "avenue", "boulevard", "square", "quay",
            "wharf", "pier", "harbour", "harbor", "coast", "valley", "county", "district", "highway", "parkway");

    private Nouns() {
    }

    /** The sense of {@code word} (any case, singular or a regular plural), if it is a listed head noun. */
    static Optional<Sense> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Sense s = SENSES.get(w);
        if (s == null && w.endsWith("s") && w.length() > 3) {
            s = SENSES.get(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1));
            if (s == null && w.endsWith("es")) {
                s = SENSES.get(w.substring(0, w.length() - 2));
            }
        }
        return Optional.ofNullable(s);
    }

    static boolean isPerson(String word) {
        return of(word).filter(s -> s.type() == EntityType.PERSON).isPresent();
    }

    static boolean isBuilding(String word) {
        return of(word).filter(Sense::building).isPresent();
    }

    /** Whether a name ending in {@code word} (any case) is a street's or a stretch of land's. */
    static boolean isPlaceEnding(String word) {
        return PLACE_ENDINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name ending in {@code word} (any case, with or without a final period) is a business's. */
    static boolean isBusinessEnding(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return BUSINESS_ENDINGS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    static boolean isWork(String word) {
        return of(word).filter(s -> s.type() == EntityType.WORK).isPresent();
    }

    private static Map<String, Sense> load() {
        Map<String, Sense> senses = new HashMap<>();
        try (InputStream in = Nouns.class.getResourceAsStream("nouns.txt")) {
            if (in == null) {
                throw new IllegalStateException("nouns.txt is missing beside " + Nouns.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            EntityType section = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = EntityType.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException("nouns.txt: '" + line + "' comes before any [section]");
                }
                String[] parts = line.split(" ");
                String mark = parts.length < 2 ? "" : parts[1];
                Gender gender = mark.equals("f") ? Gender.FEMALE : mark.equals("m") ? Gender.MALE : Gender.UNKNOWN;
                senses.put(parts[0], new Sense(section, gender, mark.equals("b")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(senses);
    }
}
