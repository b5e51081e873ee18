package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.corroborate.app.render.ContractJson;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} on our sample corpus, end to end, against a golden JSON: the whole output contract,
 * pretty-printed with keys sorted so that a diff reads well.
 *
 * <p>When a change alters the analysis on purpose, regenerate the golden file and review its diff before
 * committing: {@code mvn -pl corroborate-app -am test -Dtest=SampleCorpusIT -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcorroborate.golden.update=true}.
 */
class SampleCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Path GOLDEN = Path.of("src/test/resources/golden/samples-html.json");

    @Test
    void analysisOfTheHtmlSamplesMatchesTheGoldenFile() throws Exception {
        Path samples = Path.of(System.getProperty("corroborate.samples", "../samples"));
        Sources.Expansion expansion = new Sources(samples).expand(List.of("html"));
        assertThat(expansion.problems()).isEmpty();
        assertThat(expansion.inputs()).hasSize(18);
        Analysis analysis;
        try (Pipeline pipeline = StandardPipeline.build(AnalysisOptions.defaults())) {
            analysis = pipeline.run(expansion.inputs(), new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
        assertThat(analysis.problems()).isEmpty();
        String actual = JSON.writeValueAsString(sorted(new ContractJson().analysis(analysis.articles(), analysis.stories()))) + "\n";
        if (Boolean.getBoolean("corroborate.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; see this test's Javadoc to create or update it").exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** The tree with every object's keys in order, so the file does not depend on the order fields are written. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                fields.put(name, sorted(node.get(name)));
            }
            ObjectNode out = JSON.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add(sorted(n)));
            ArrayNode out = JSON.createArrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
