package org.corroborate.eval.polnear;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article: its text, as the corpus's {@code .txt} file holds it, and one annotator's attributions.
 *
 * @param name        the file name without extension ({@code nyt_2016-04-18_for-news-outlets-feeling-the-squ})
 * @param compartment {@code train} or {@code dev}
 * @param annotator   whose annotation this is (an id from {@code metadata.tsv})
 */
public record PolnearArticle(String name, String compartment, String annotator, String text,
        List<GoldAttribution> attributions) {

    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(compartment, "compartment");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }
}
