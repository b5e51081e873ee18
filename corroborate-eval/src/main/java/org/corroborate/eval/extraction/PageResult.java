package org.corroborate.eval.extraction;

import java.util.Objects;

/**
 * What extraction gave for one benchmark page and how it scored.
 *
 * @param extracted the article body as scored (empty when the page gave no article)
 * @param problem   why the page gave no article, or empty
 */
public record PageResult(BenchmarkPage page, String extracted, ShingleMatch match, String problem) {

    public PageResult {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(extracted, "extracted");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(problem, "problem");
    }
}
