package org.corroborate.eval.extraction;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the article-extraction benchmark: its saved HTML (gzip-compressed) and the article body a
 * person marked in it.
 *
 * @param id           the page's hash, which names its file
 * @param url          where the page was fetched from, when the ground truth gives it
 * @param expectedBody the ground truth's {@code articleBody}
 * @param html         the {@code .html.gz} file
 */
public record BenchmarkPage(String id, Optional<URI> url, String expectedBody, Path html) {

    public BenchmarkPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expectedBody, "expectedBody");
        Objects.requireNonNull(html, "html");
    }
}
