package org.corroborate.engine.cluster;

/**
 * How the {@link StoryClusterer} decides, validated when built.
 *
 * @param threshold  the least score, from 0 to 1, at which an article joins a story rather than opening one
 * @param windowDays how many days apart two articles' publication dates may be and still be one story: a story
 *                   whose articles all appeared more than this before (or after) a new article is no candidate
 *                   for it. Articles without a date are never kept out by it
 * @param candidates how many candidate stories, found through the index, are scored in full for each article
 * @param postings   how many stories, the most recently joined, the index keeps for each feature; a feature
 *                   that more stories share says little about which one an article belongs to
 */
public record ClusterSettings(double threshold, int windowDays, int candidates, int postings) {

    /** The threshold {@code analyze} uses; a constant so that the command line can show it as its default. */
    public static final double DEFAULT_THRESHOLD = 0.65;

    /** The settings {@code analyze} uses, measured on ECB+'s development topics. */
    public static final ClusterSettings DEFAULT = new ClusterSettings(DEFAULT_THRESHOLD, 30, 24, 64);

    public ClusterSettings {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the clustering threshold must lie between 0 and 1, was " + threshold);
        }
        if (windowDays < 1 || candidates < 1 || postings < 1) {
            throw new IllegalArgumentException("the clustering window (" + windowDays + " days), candidates ("
                    + candidates + ") and postings (" + postings + ") must each be at least 1");
        }
    }

    public ClusterSettings withThreshold(double value) {
        return new ClusterSettings(value, windowDays, candidates, postings);
    }
}
