package org.corroborate.engine.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compares an article with a story, or a story with a story, into a {@link StoryClusterer.Match}: cosines of
 * IDF-weighted name, word and number features, the cosine of lead embeddings, MinHash similarity, time apart,
 * weighed by a {@link MatchModel}. Reads the clusterer's feature statistics; not thread-safe.
 *
 * <p>Cost of one comparison: the article's features (a few hundred) looked up in the story's sums, the story's
 * sums (at most {@value StoryState#MAX_FEATURES} per kind) for its norm, 384 multiplications for the embedding,
 * and at most {@value StoryState#SIGNATURES} signature comparisons: bounded, whatever the story's size.
 */
final class StoryScorer {

    /** Estimated Jaccard of word shingles from which an article is a near-copy of a member, and joins. */
    static final double DUPLICATE = 0.5;

    private final FeatureStatistics statistics;

    StoryScorer(FeatureStatistics statistics) {
        this.statistics = statistics;
    }

    StoryClusterer.Match match(ArticleProfile article, StoryState story) {
        Optional<Long> apart = StoryState.when(article).flatMap(story::daysFrom);
        double shingles = 0;
        for (MinHash m : story.signatures) {
            shingles = Math.max(shingles, article.shingles().similarity(m));
        }
        double names = cosine(article.names(), story.names, true);
        double words = cosine(article.words(), story.words, true);
        double numbers = cosine(numbers(article.words()), numbers(story.words), true);
        double lead = article.lead().cosine(story.lead);
        int latest = StoryState.latestYear(article);
        int yearsLater = latest == 0 || story.latestYear == 0 ? 0 : latest - story.latestYear;
        double score = MatchModel.ARTICLE.probability(names, words, lead, numbers, yearsLater, apart.orElse(0L));
        if (shingles >= DUPLICATE) {
            score = Math.max(score, shingles);
        }
        return new StoryClusterer.Match(story.id, score, names, words, lead, numbers, shingles, apart);
    }

    /** How well two stories match: the probability that they report one event. */
    double score(StoryState a, StoryState b) {
        double names = cosine(a.names, b.names, false);
        double words = cosine(a.words, b.words, false);
        double numbers = cosine(numbers(a.words), numbers(b.words), false);
        double lead = cosine(a.lead, b.lead);
        int yearsApart = a.latestYear == 0 || b.latestYear == 0 ? 0 : Math.abs(a.latestYear - b.latestYear);
        return MatchModel.STORY.probability(names, words, lead, numbers, yearsApart, a.daysFrom(b).orElse(0L));
    }

    boolean isOutside(ArticleProfile article, StoryState story, int window) {
        Optional<LocalDate> published = article.published();
        return published.isPresent() && story.isOutside(published.get(), window);
    }

    /**
     * The cosine of two feature vectors weighted by IDF; {@code tf} applies sublinear term frequency to the
     * first (an article's raw counts), the second being sums of such already.
     */
    double cosine(Map<String, Double> first, Map<String, Double> second, boolean tf) {
        double dot = 0;
        double n1 = 0;
        for (Map.Entry<String, Double> e : first.entrySet()) {
            double idf = statistics.idf(e.getKey());
            double w = (tf ? StoryState.tf(e.getValue()) : e.getValue()) * idf;
            n1 += w * w;
            Double other = second.get(e.getKey());
            if (other != null) {
                dot += w * other * idf;
            }
        }
        if (dot == 0) {
            return 0;
        }
        double n2 = 0;
        for (Map.Entry<String, Double> e : second.entrySet()) {
            double w = e.getValue() * statistics.idf(e.getKey());
            n2 += w * w;
        }
        return dot / Math.sqrt(n1 * n2);
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The number features alone, years left out: those say when, which the model weighs apart. */
    private static Map<String, Double> numbers(Map<String, Double> words) {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : words.entrySet()) {
            if (e.getKey().startsWith("w:#") && !StoryState.isYear(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
