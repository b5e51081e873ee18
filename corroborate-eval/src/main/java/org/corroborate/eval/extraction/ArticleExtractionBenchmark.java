package org.corroborate.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a folder laid out as the scrapinghub article-extraction-benchmark: {@code ground-truth.json} (an
 * object from page hash to {@code {"articleBody": ..., "url": ...}}) and {@code html/<hash>.html.gz}.
 *
 * <p>Thread-safe: holds no state.
 */
public final class ArticleExtractionBenchmark {

    private ArticleExtractionBenchmark() {
    }

    /**
     * The pages of {@code folder}, in hash order.
     *
     * @throws IOException when the ground truth cannot be read or names a page whose HTML file is missing
     */
    public static List<BenchmarkPage> read(Path folder) throws IOException {
        Path truth = folder.resolve("ground-truth.json");
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(truth + ": expected a JSON object from page hash to ground truth");
        }
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            JsonNode body = entry.getValue().get("articleBody");
            if (body == null || !body.isTextual()) {
                throw new IOException(truth + ": page " + id + " has no \"articleBody\" string");
            }
            Path html = folder.resolve("html").resolve(id + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw new IOException(truth + ": page " + id + " has no HTML file " + html);
            }
            pages.add(new BenchmarkPage(id, url(entry.getValue().path("url").asText("")), body.asText(), html));
        }
        pages.sort(java.util.Comparator.comparing(BenchmarkPage::id));
        return pages;
    }

    private static Optional<URI> url(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(value.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
