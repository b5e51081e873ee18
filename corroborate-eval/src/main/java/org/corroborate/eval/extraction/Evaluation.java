package org.corroborate.eval.extraction;

import java.util.List;
import java.util.Objects;

/** The outcome of one evaluation run: every page's result and the benchmark's summary over them. */
public record Evaluation(List<PageResult> pages, ExtractionScore score) {

    public Evaluation {
        pages = List.copyOf(pages);
        Objects.requireNonNull(score, "score");
    }
}
