package org.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The contract JSON of the two seeds' analysis, with the look-ups the checks of EXPECTED.md need: article 000
 * (KISS FM) and 002 (FandomWire) found by their file names, quotes found by words they contain, entities by name.
 */
final class SeedAnalysis {

    final JsonNode root;
    final JsonNode a000;
    final JsonNode a002;

    SeedAnalysis(JsonNode root) {
        this.root = root;
        this.a000 = article("000_");
        this.a002 = article("002_");
    }

    private JsonNode article(String prefix) {
        for (JsonNode a : root.get("articles")) {
            if (a.get("source").asText().contains(prefix)) {
                return a;
            }
        }
        throw new IllegalStateException("no analysed article from a file named " + prefix + "*");
    }

    static String text(JsonNode article, JsonNode spanned) {
        return article.get("text").asText().substring(spanned.get("start").asInt(), spanned.get("end").asInt());
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The quotes of {@code article} whose text holds {@code words} (case and curly apostrophes ignored). */
    static List<JsonNode> quotes(JsonNode article, String words) {
        return list(article.get("quotes")).stream().filter(q -> norm(q.get("text").asText()).contains(norm(words))).toList();
    }

    static Optional<String> speakerName(JsonNode quote) {
        JsonNode s = quote.get("speaker");
        return s == null || s.isNull() || s.get("name").isNull() ? Optional.empty() : Optional.of(s.get("name").asText());
    }

    /** True when some quote holding {@code words} is attributed to {@code speaker}. */
    static boolean quotedBy(JsonNode article, String words, String speaker) {
        return quotes(article, words).stream().anyMatch(q -> speakerName(q).filter(speaker::equals).isPresent());
    }

    /** The entity named {@code name} in {@code article}, if any. */
    static Optional<JsonNode> entity(JsonNode article, String name) {
        return list(article.get("entities")).stream().filter(e -> e.get("name").asText().equals(name)).findFirst();
    }

    /** True when {@code article}'s entity {@code name} has a mention whose text is {@code mention} (case ignored). */
    static boolean mentions(JsonNode article, String name, String mention) {
        return entity(article, name).stream().flatMap(e -> StreamSupport.stream(e.get("mentions").spliterator(), false))
                .anyMatch(m -> norm(m.get("text").asText()).equals(norm(mention)));
    }

    /** True when a boilerplate span of {@code article} holds {@code words}. */
    static boolean boilerplate(JsonNode article, String words) {
        return list(article.get("boilerplate")).stream().anyMatch(b -> norm(text(article, b)).contains(norm(words)));
    }

    static boolean time(JsonNode article, String text, String value) {
        return list(article.get("times")).stream()
                .anyMatch(t -> t.get("text").asText().equals(text) && t.get("value").asText().equals(value));
    }

    /** The story holding both seeds, if there is one. */
    Optional<JsonNode> sharedStory() {
        String id0 = a000.get("id").asText();
        String id2 = a002.get("id").asText();
        return list(root.get("stories")).stream().filter(s -> {
            List<String> ids = list(s.get("articles")).stream().map(JsonNode::asText).toList();
            return ids.contains(id0) && ids.contains(id2);
        }).findFirst();
    }

    /** Facts of the shared story whose statement holds every one of {@code words}. */
    List<JsonNode> facts(String... words) {
        return sharedStory().stream().flatMap(s -> list(s.get("facts")).stream())
                .filter(f -> {
                    String statement = norm(f.get("statement").asText());
                    for (String w : words) {
                        if (!statement.contains(norm(w))) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
    }
}
