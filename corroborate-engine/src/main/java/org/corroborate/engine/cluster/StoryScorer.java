package org.corroborate.engine.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Compares an article with a story, or a story with a story, into a {@link StoryClusterer.Match}: cosines of
 * IDF-weighted name, word and number features, the cosine of lead embeddings, MinHash similarity, time apart,
 * weighed by a {@link MatchModel}. Reads the clusterer's feature statistics; not thread-safe.
 *
 * <p>Cost of one comparison: the newcomer's features (a few hundred, weighted once per newcomer) looked up in
 * the story's sums, 384 multiplications for the embedding, at most {@value StoryState#SIGNATURES} signature
 * comparisons (only for a story that shares a MinHash band with it), and the story's IDF-weighted norms (at most twice {@value StoryState#MAX_FEATURES} features
 * per kind), computed once per newcomer since every IDF moves with each article: bounded, whatever the story's
 * size.
 */
final class StoryScorer {

    /** Estimated Jaccard of word shingles from which an article is a near-copy of a member, and joins. */
    static final double DUPLICATE = 0.5;

    private final FeatureStatistics statistics;

    StoryScorer(FeatureStatistics statistics) {
        this.statistics = statistics;
    }

    /** A newcomer's features, weighted once: keys, tf-IDF weights and norm, per kind (names, words, numbers). */
    final class Query {
        final String[][] keys = new String[3][];
        final double[][] weights = new double[3][];
        final double[] norms = new double[3];

        Query(Map<String, Double> names, Map<String, Double> words, boolean tf) {
            fill(0, names, tf, false);
            fill(1, words, tf, false);
            fill(2, words, tf, true);
        }

        private void fill(int kind, Map<String, Double> features, boolean tf, boolean numbersOnly) {
            int n = 0;
            for (String k : features.keySet()) {
                if (!numbersOnly || StoryState.isNumber(k)) {
                    n++;
                }
            }
            keys[kind] = new String[n];
            weights[kind] = new double[n];
            int i = 0;
            double norm = 0;
            for (Map.Entry<String, Double> e : features.entrySet()) {
                if (numbersOnly && !StoryState.isNumber(e.getKey())) {
                    continue;
                }
                double w = (tf ? StoryState.tf(e.getValue()) : e.getValue()) * statistics.idf(e.getKey());
                keys[kind][i] = e.getKey();
                weights[kind][i++] = w;
                norm += w * w;
            }
            norms[kind] = Math.sqrt(norm);
        }

        /** The cosine of kind {@code kind} with the story's sums of that kind. */
        double cosine(int kind, Map<String, Double> sums, double storyNorm) {
            if (norms[kind] == 0 || storyNorm == 0) {
                return 0;
            }
            double dot = 0;
            String[] k = keys[kind];
            double[] w = weights[kind];
            for (int i = 0; i < k.length; i++) {
                Double s = sums.get(k[i]);
                if (s != null) {
                    dot += w[i] * s * statistics.idf(k[i]);
                }
            }
            return dot / (norms[kind] * storyNorm);
        }
    }

    Query query(ArticleProfile article) {
        return new Query(article.names(), article.words(), true);
    }

    /** @param nearCopy whether the story holds a member sharing a MinHash band key with the article */
    StoryClusterer.Match match(ArticleProfile article, Query query, StoryState story, boolean nearCopy) {
        Optional<Long> apart = StoryState.when(article).flatMap(story::daysFrom);
        double shingles = 0;
        if (nearCopy) {
            for (MinHash m : story.signatures) {
                shingles = Math.max(shingles, article.shingles().similarity(m));
            }
        }
        double[] norms = norms(story);
        double names = query.cosine(0, story.names, norms[0]);
        double words = query.cosine(1, story.words, norms[1]);
        double numbers = query.cosine(2, story.numbers, norms[2]);
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
        Query q = new Query(a.names, a.words, false);
        double[] norms = norms(b);
        double names = q.cosine(0, b.names, norms[0]);
        double words = q.cosine(1, b.words, norms[1]);
        double numbers = q.cosine(2, b.numbers, norms[2]);
        double lead = cosine(a.lead, b.lead);
        int yearsApart = a.latestYear == 0 || b.latestYear == 0 ? 0 : Math.abs(a.latestYear - b.latestYear);
        return MatchModel.STORY.probability(names, words, lead, numbers, yearsApart, a.daysFrom(b).orElse(0L));
    }

    boolean isOutside(ArticleProfile article, StoryState story, int window) {
        Optional<LocalDate> published = article.published();
        return published.isPresent() && story.isOutside(published.get(), window);
    }

    private double[] norms(StoryState story) {
        int now = statistics.articles();
        if (story.normsAt != now) {
            story.norms[0] = norm(story.names);
            story.norms[1] = norm(story.words);
            story.norms[2] = norm(story.numbers);
            story.normsAt = now;
        }
        return story.norms;
    }

    private double norm(Map<String, Double> sums) {
        double n = 0;
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            double w = e.getValue() * statistics.idf(e.getKey());
            n += w * w;
        }
        return Math.sqrt(n);
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
}
