package org.corroborate.eval.ecbplus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * BCubed precision and recall of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et al.
 * 2009): for each item, the share of its cluster that shares its class (precision) and the share of its class
 * that shares its cluster (recall), averaged over items. Items are those of the prediction; each must have a
 * class.
 */
public final class BCubed {

    /** The scores of one clustering. */
    public record Score(double precision, double recall, int items, int clusters, int classes) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private BCubed() {
    }

    /**
     * @param cluster each item's predicted cluster
     * @param gold    each item's gold class; may hold items the prediction lacks, which are ignored
     */
    public static Score score(Map<String, String> cluster, Map<String, String> gold) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("nothing to score: the clustering holds no items");
        }
        Map<String, Set<String>> clusters = new HashMap<>();
        Map<String, Set<String>> classes = new HashMap<>();
        for (Map.Entry<String, String> e : cluster.entrySet()) {
            String g = gold.get(e.getKey());
            if (g == null) {
                throw new IllegalArgumentException("item " + e.getKey() + " has no gold class");
            }
            clusters.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getKey());
            classes.computeIfAbsent(g, k -> new HashSet<>()).add(e.getKey());
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : cluster.entrySet()) {
            Set<String> c = clusters.get(e.getValue());
            Set<String> g = classes.get(gold.get(e.getKey()));
            int shared = 0;
            for (String item : c) {
                if (g.contains(item)) {
                    shared++;
                }
            }
            precision += (double) shared / c.size();
            recall += (double) shared / g.size();
        }
        int n = cluster.size();
        return new Score(precision / n, recall / n, n, clusters.size(), classes.size());
    }
}
