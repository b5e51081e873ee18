package org.corroborate.engine.cluster;

/**
 * How the {@link StoryClusterer} decides, validated when built.
 *
 * @param threshold  the least score, from 0 to 1, at which an article joins a story rather than opening one
 * @param windowDays how many days apart an article's publication date and a story's may lie and the article still
 *                   join it, and two stories still merge; 0 for no such limit. {@code analyze} sets none: coverage
 *                   of one event goes on for months and years (ECB+'s folders hold reports of an event published
 *                   two years after it), and the match model already counts days apart against a match. A
 *                   caller whose stories are short-lived (a news ticker) may set one
 * @param candidates how many candidate stories, found through the index, are scored in full for each article
 * @param postings   how many stories, the most recently joined, the index keeps for each feature; a feature
 *                   that more stories share says little about which one an article belongs to
 */
public record ClusterSettings(double threshold, int windowDays, int candidates, int postings) {

    /** The threshold {@code analyze} uses; a constant so that the command line can show it as its default. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /** The settings {@code analyze} uses, measured on ECB+'s development topics. */
    public static final ClusterSettings DEFAULT = new ClusterSettings(DEFAULT_THRESHOLD, 0, 24, 64);

    public ClusterSettings {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the clustering threshold must lie between 0 and 1, was " + threshold);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("the clustering window must be 0 (none) or more days, was " + windowDays);
        }
        if (candidates < 1 || postings < 1) {
            throw new IllegalArgumentException("the clustering candidates (" + candidates + ") and postings (" + postings
                    + ") must each be at least 1");
        }
    }

    public ClusterSettings withWindowDays(int value) {
        return new ClusterSettings(threshold, value, candidates, postings);
    }

    public ClusterSettings withThreshold(double value) {
        return new ClusterSettings(value, windowDays, candidates, postings);
    }
}
