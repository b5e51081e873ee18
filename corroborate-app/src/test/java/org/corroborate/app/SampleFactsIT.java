package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corroborate.app.render.ContractJson;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reconciled facts of our sample corpus against {@code samples/EXPECTED.md}, on the contract JSON: the planted
 * death-toll contradiction of story B with one independent source behind each toll, the paragraph B4 copied from
 * B2 counted as B2's source, and the facts one outlet states more precisely than another (a town inside its
 * valley, a count inside an estimate, a year inside a decade, a month inside a year). Articles are named by their
 * files ({@code vellacott-fire/krvx}), facts by subject and relation.
 */
class SampleFactsIT {

    private static JsonNode root;
    private static final Map<String, String> IDS = new TreeMap<>();

    @BeforeAll
    static void analyseTheHtmlSamples() throws Exception {
        Path samples = Path.of(System.getProperty("corroborate.samples", "../samples"));
        Sources.Expansion expansion = new Sources(samples).expand(List.of("html"));
        Analysis analysis;
        try (Pipeline pipeline = StandardPipeline.build(AnalysisOptions.defaults())) {
            analysis = pipeline.run(expansion.inputs(), new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
        root = new ContractJson().analysis(analysis.articles(), analysis.stories());
        for (JsonNode a : root.get("articles")) {
            String source = a.get("source").asText().replace('\\', '/');
            String[] parts = source.split("/");
            IDS.put(parts[parts.length - 2] + "/" + parts[parts.length - 1].replaceFirst("\\.html$", ""), a.get("id").asText());
        }
    }

    private static String id(String file) {
        assertThat(IDS).as("the sample articles").containsKey(file);
        return IDS.get(file);
    }

    /** The fact of the story holding {@code file} with this subject and relation. */
    private static JsonNode fact(String file, String subject, String relation) {
        String article = id(file);
        for (JsonNode story : root.get("stories")) {
            if (list(story.get("articles")).stream().map(JsonNode::asText).noneMatch(article::equals)) {
                continue;
            }
            Optional<JsonNode> found = list(story.get("facts")).stream()
                    .filter(f -> f.get("subject").asText().equalsIgnoreCase(subject) && f.get("relation").asText().equals(relation))
                    .findFirst();
            assertThat(found).as("fact '%s | %s' in the story of %s, among %s", subject, relation, file,
                    list(story.get("facts")).stream().map(f -> f.get("statement").asText()).toList()).isPresent();
            return found.get();
        }
        throw new AssertionError("no story holds " + file);
    }

    private static JsonNode source(JsonNode fact, String file) {
        String article = id(file);
        return list(fact.get("sources")).stream().filter(s -> s.get("article").asText().equals(article)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " is no source of " + fact.get("statement").asText()));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String stance(JsonNode fact, String file) {
        return source(fact, file).get("stance").asText();
    }

    private static String origin(JsonNode fact, String file) {
        return source(fact, file).get("origin").asText();
    }

    @Test
    void theDeathTollIsAConflictWithOneIndependentSourceBehindEachToll() {
        JsonNode deaths = fact("vellacott-fire/krvx", "fire", "deaths");
        assertThat(deaths.get("verdict").asText()).isEqualTo("conflict");
        Map<String, Set<String>> filesByValue = list(deaths.get("sources")).stream().collect(Collectors.groupingBy(
                s -> s.get("stance").asText().equals("conflicts") ? "other" : "stated",
                Collectors.mapping(s -> IDS.entrySet().stream().filter(e -> e.getValue().equals(s.get("article").asText()))
                        .findFirst().orElseThrow().getKey(), Collectors.toSet())));
        assertThat(filesByValue.values()).containsExactlyInAnyOrder(
                Set.of("vellacott-fire/krvx", "vellacott-fire/coastline-press"),
                Set.of("vellacott-fire/harbour-courier", "vellacott-fire/daily-brisk"));
        // Four: the fire chief, told KRVX and at his news conference; six: the health authority, and Daily Brisk's copy.
        assertThat(origin(deaths, "vellacott-fire/krvx")).isEqualTo(origin(deaths, "vellacott-fire/coastline-press"));
        assertThat(origin(deaths, "vellacott-fire/harbour-courier")).isEqualTo(origin(deaths, "vellacott-fire/daily-brisk"));
        assertThat(deaths.get("independentSources").asInt()).isEqualTo(2);
    }

    @Test
    void theParagraphDailyBriskCopiedFromTheCourierIsTheCouriersSource() {
        String courier = id("vellacott-fire/harbour-courier");
        String brisk = id("vellacott-fire/daily-brisk");
        JsonNode story = list(root.get("stories")).stream()
                .filter(s -> list(s.get("articles")).stream().anyMatch(a -> a.asText().equals(brisk))).findFirst().orElseThrow();
        assertThat(list(story.get("reuse"))).anyMatch(r -> r.get("from").asText().equals(courier) && r.get("to").asText().equals(brisk));
        // The hour the fire broke out is in Daily Brisk only in the copied paragraph: one source with the Courier.
        JsonNode hour = fact("vellacott-fire/krvx", "fire", "hour");
        assertThat(hour.get("verdict").asText()).isEqualTo("agreed");
        assertThat(origin(hour, "vellacott-fire/daily-brisk")).isEqualTo(origin(hour, "vellacott-fire/harbour-courier"));
        assertThat(origin(hour, "vellacott-fire/krvx")).isEqualTo(origin(hour, "vellacott-fire/coastline-press"));
        assertThat(hour.get("independentSources").asInt()).isEqualTo(2);
        // Its own sentence about the date is Daily Brisk's own reporting.
        JsonNode date = fact("vellacott-fire/krvx", "fire", "date");
        assertThat(date.get("verdict").asText()).isEqualTo("agreed");
        assertThat(date.get("value").asText()).isEqualTo("2024-10-10");
        assertThat(origin(date, "vellacott-fire/daily-brisk")).isNotEqualTo(origin(date, "vellacott-fire/harbour-courier"));
        assertThat(date.get("independentSources").asInt()).isEqualTo(3);
    }

    @Test
    void aTownInsideItsValleyAndACountInsideAnEstimateAreMoreSpecific() {
        JsonNode place = fact("vellacott-fire/krvx", "fire", "place");
        assertThat(place.get("verdict").asText()).isEqualTo("more-specific");
        assertThat(place.get("value").asText()).isEqualTo("Vellacott");
        assertThat(stance(place, "vellacott-fire/coastline-press")).isEqualTo("less-specific");
        assertThat(stance(place, "vellacott-fire/krvx")).isEqualTo("more-specific");

        JsonNode hospital = fact("vellacott-fire/krvx", "fire", "injuries");
        assertThat(hospital.get("verdict").asText()).isEqualTo("more-specific");
        assertThat(hospital.get("value").asText()).isEqualTo("14");
        assertThat(stance(hospital, "vellacott-fire/krvx")).isEqualTo("less-specific");

        JsonNode shift = fact("vellacott-fire/krvx", "fire", "people present");
        assertThat(shift.get("value").asText()).isEqualTo("31");
        assertThat(stance(shift, "vellacott-fire/krvx")).isEqualTo("more-specific");
        assertThat(stance(shift, "vellacott-fire/coastline-press")).isEqualTo("less-specific");

        JsonNode firefighters = fact("pier-seven-fire/coastline-press", "fire", "responders");
        assertThat(firefighters.get("verdict").asText()).isEqualTo("more-specific");
        assertThat(firefighters.get("value").asText()).isEqualTo("62");
        assertThat(stance(firefighters, "pier-seven-fire/coastline-press")).isEqualTo("more-specific");
    }

    @Test
    void aYearInsideADecadeOrACenturyAndAMonthInsideAYearAreMoreSpecificDates() {
        JsonNode built = fact("vellacott-fire/harbour-courier", "Larkspur Mill", "construction date");
        assertThat(built.get("verdict").asText()).isEqualTo("more-specific");
        assertThat(built.get("value").asText()).isEqualTo("1887");
        assertThat(stance(built, "vellacott-fire/harbour-courier")).isEqualTo("more-specific");
        assertThat(stance(built, "vellacott-fire/coastline-press")).isEqualTo("less-specific");
        assertThat(stance(built, "vellacott-fire/daily-brisk")).isEqualTo("less-specific");

        JsonNode debut = fact("threlkeld-retires/touchline-today", "Mattias Threlkeld", "debut date");
        assertThat(debut.get("verdict").asText()).isEqualTo("more-specific");
        assertThat(debut.get("value").asText()).isEqualTo("2008-08");
        assertThat(stance(debut, "threlkeld-retires/touchline-today")).isEqualTo("more-specific");
        assertThat(stance(debut, "threlkeld-retires/coastline-press")).isEqualTo("less-specific");
    }

    @Test
    void outletsAgreeingInTheirOwnVoiceAreEachAnIndependentSource() {
        JsonNode age = fact("threlkeld-retires/touchline-today", "Mattias Threlkeld", "age");
        assertThat(age.get("verdict").asText()).isEqualTo("agreed");
        assertThat(age.get("value").asText()).isEqualTo("34");
        assertThat(age.get("sources")).hasSize(3);
        assertThat(age.get("independentSources").asInt()).isEqualTo(3);
        JsonNode lusk = fact("kettering-arrest/calloway-ledger", "Fenwick Lusk", "age");
        assertThat(lusk.get("verdict").asText()).isEqualTo("agreed");
        assertThat(lusk.get("sources")).hasSize(4);
    }
}
