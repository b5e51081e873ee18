package org.corroborate.engine.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Compares an article with a story, or a story with a story, into {@link Evidence} (cosines of IDF-weighted
 * name, people's name, word, number and calendar-day features, the cosine of lead embeddings, years apart) weighed
 * by a {@link MatchModel}, and for an article a {@link StoryClusterer.Match} that adds its MinHash similarity.
 * Reads the clusterer's feature statistics; not thread-safe.
 *
 * <p>Cost of one comparison: the newcomer's features (a few hundred, weighted once per newcomer) looked up in
 * the story's sums, 384 multiplications for the embedding, at most {@value StoryState#SIGNATURES} signature
 * comparisons (only for a story that shares a MinHash band with it), and the story's IDF-weighted norms (at most
 * twice {@value StoryState#MAX_FEATURES} features per kind), computed once per newcomer since every IDF moves with
 * each article: bounded, whatever the story's size.
 */
final class StoryScorer {

    /** Estimated Jaccard of word shingles from which an article is a near-copy of a member, and joins. */
    static final double DUPLICATE = 0.5;

    /** The kinds of features a {@link Query} holds, and the index of each in a story's norms. */
    static final int NAMES = 0;
    static final int WORDS = 1;
    static final int NUMBERS = 2;
    static final int PERSONS = 3;
    static final int DAYS = 4;
    static final int KINDS = 5;

    private final FeatureStatistics statistics;
    private final MatchModel articleModel;
    private final MatchModel storyModel;

    /**
     * @param articleModel weighs an article against a story
     * @param storyModel   weighs a story against a story
     */
    StoryScorer(FeatureStatistics statistics, MatchModel articleModel, MatchModel storyModel) {
        this.statistics = statistics;
        this.articleModel = articleModel;
        this.storyModel = storyModel;
    }

    /** A newcomer's features, weighted once: keys, tf-IDF weights and norm, per kind ({@link #NAMES} and on). */
    final class Query {
        final String[][] keys = new String[KINDS][];
        final double[][] weights = new double[KINDS][];
        final double[] norms = new double[KINDS];

        /** @param tf whether the values are raw counts, to be dampened, rather than a story's sums of dampened ones */
        Query(Map<String, Double> names, Map<String, Double> words, Map<String, Double> persons, Map<String, Double> days,
                boolean tf) {
            fill(NAMES, names, tf, false);
            fill(WORDS, words, tf, false);
            fill(NUMBERS, words, tf, true);
            fill(PERSONS, persons, tf, false);
            fill(DAYS, days, tf, false);
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

        /** The evidence of this newcomer against a story, but for the lead and years, which the caller knows. */
        Evidence against(StoryState story, double lead, int yearsLater) {
            double[] n = norms(story);
            return new Evidence(cosine(NAMES, story.names, n[NAMES]), cosine(PERSONS, story.persons, n[PERSONS]),
                    norms[PERSONS] > 0 && n[PERSONS] > 0, cosine(WORDS, story.words, n[WORDS]),
                    cosine(NUMBERS, story.numbers, n[NUMBERS]), cosine(DAYS, story.days, n[DAYS]),
                    norms[DAYS] > 0 && n[DAYS] > 0, lead, yearsLater);
        }
    }

    Query query(ArticleProfile article) {
        return new Query(article.names(), article.words(), article.persons(), article.monthDays(), true);
    }

    /** @param nearCopy whether the story holds a member sharing a MinHash band key with the article */
    StoryClusterer.Match match(ArticleProfile article, Query query, StoryState story, boolean nearCopy) {
        double shingles = 0;
        if (nearCopy) {
            for (MinHash m : story.signatures) {
                shingles = Math.max(shingles, article.shingles().similarity(m));
            }
        }
        Evidence e = evidence(article, query, story);
        double score = articleModel.probability(e);
        if (shingles >= DUPLICATE) {
            score = Math.max(score, shingles);
        }
        return new StoryClusterer.Match(story.id, score, e, shingles);
    }

    /** How an article compares with a story. */
    Evidence evidence(ArticleProfile article, Query query, StoryState story) {
        int latest = StoryState.latestYear(article);
        return query.against(story, article.lead().cosine(story.lead),
                latest == 0 || story.latestYear == 0 ? 0 : latest - story.latestYear);
    }

    /** How well two stories match: the probability that they report one event. */
    double score(StoryState a, StoryState b) {
        return storyModel.probability(evidence(a, b));
    }

    /** How a story compares with a story. Years count apart either way: neither came first. */
    Evidence evidence(StoryState a, StoryState b) {
        return new Query(a.names, a.words, a.persons, a.days, false).against(b, cosine(a.lead, b.lead),
                a.latestYear == 0 || b.latestYear == 0 ? 0 : Math.abs(a.latestYear - b.latestYear));
    }

    boolean isOutside(ArticleProfile article, StoryState story, int window) {
        Optional<LocalDate> published = article.published();
        return published.isPresent() && story.isOutside(published.get(), window);
    }

    private double[] norms(StoryState story) {
        int now = statistics.articles();
        if (story.normsAt != now) {
            story.norms[NAMES] = norm(story.names);
            story.norms[WORDS] = norm(story.words);
            story.norms[NUMBERS] = norm(story.numbers);
            story.norms[PERSONS] = norm(story.persons);
            story.norms[DAYS] = norm(story.days);
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
