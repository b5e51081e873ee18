package org.corroborate.app;

import java.util.Optional;
import org.corroborate.engine.cluster.ClusterSettings;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.model.Published;

/**
 * The settings of one analysis run, validated when built.
 *
 * @param published        the publication date of inputs that carry none
 * @param threads          worker threads, at least 1
 * @param clusterThreshold the least match score, between 0 and 1, at which an article joins a story
 *                         ({@link ClusterSettings#threshold()})
 */
public record AnalysisOptions(Optional<Published> published, int threads, IngestLimits limits, double clusterThreshold) {

    public static final double DEFAULT_CLUSTER_THRESHOLD = ClusterSettings.DEFAULT_THRESHOLD;

    public AnalysisOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (!(clusterThreshold > 0 && clusterThreshold < 1)) {
            throw new IllegalArgumentException("--cluster-threshold must lie between 0 and 1, was " + clusterThreshold);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Optional.empty(), Runtime.getRuntime().availableProcessors(), IngestLimits.DEFAULT,
                DEFAULT_CLUSTER_THRESHOLD);
    }
}
