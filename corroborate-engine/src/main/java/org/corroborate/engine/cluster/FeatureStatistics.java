package org.corroborate.engine.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of features over the articles seen so far, and the inverse document frequency that
 * weights a feature by how little it is shared (Spärck Jones 1972): a name in two articles out of a thousand
 * says more about them than a word in five hundred. Not thread-safe.
 */
final class FeatureStatistics {

    /**
     * Articles assumed seen before the first, holding none of the features. Without them, in a run of two
     * articles everything the two share would count as common and weigh least; with them, a feature's weight
     * reflects how rare it is only once the run has articles enough to tell. Measured on ECB+: 30 is as good as
     * none there, and it lets the two seed articles (one story, no other article to compare with) match.
     */
    static final double BACKGROUND = 30;

    /** ln(df + 0.5) for the small document frequencies nearly every feature has, to spare a logarithm a lookup. */
    private static final double[] LOG_DF = new double[4096];

    static {
        for (int df = 0; df < LOG_DF.length; df++) {
            LOG_DF[df] = Math.log(df + 0.5);
        }
    }

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int articles;
    private double logArticles = Math.log(BACKGROUND + 1.0);

    void count(Map<String, Double> features) {
        for (String f : features.keySet()) {
            documentFrequency.merge(f, 1, Integer::sum);
        }
    }

    void countArticle() {
        articles++;
        logArticles = Math.log(articles + BACKGROUND + 1.0);
    }

    int articles() {
        return articles;
    }

    /** Smoothed IDF: about {@code ln((N + background) / df)}, and never below a small positive floor. */
    double idf(String feature) {
        int df = documentFrequency.getOrDefault(feature, 0);
        return logArticles - (df < LOG_DF.length ? LOG_DF[df] : Math.log(df + 0.5));
    }
}
