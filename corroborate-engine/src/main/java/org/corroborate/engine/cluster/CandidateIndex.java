package org.corroborate.engine.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds the few stories worth comparing with a new article, without looking at the others: an inverted index
 * from features to the stories that have them, and MinHash band keys to the stories holding a near-duplicate.
 *
 * <p>Each posting list keeps only the {@code postings} stories that most recently took an article with that
 * feature (a move-to-back set), so a feature that thousands of stories share (a common word, a big city) costs
 * no more than a rare one, and stories that stopped growing drop out of lists as newer ones arrive. A query
 * reads at most {@code features × postings} entries, whatever the number of stories. Not thread-safe.
 */
final class CandidateIndex {

    private final int postings;
    private final Map<String, LinkedHashSet<Integer>> byFeature = new HashMap<>();
    private final Map<Long, LinkedHashSet<Integer>> byBand = new HashMap<>();

    CandidateIndex(int postings) {
        this.postings = postings;
    }

    void addFeature(String feature, int story) {
        touch(byFeature.computeIfAbsent(feature, k -> new LinkedHashSet<>()), story);
    }

    void addBands(long[] keys, int story) {
        for (long k : keys) {
            touch(byBand.computeIfAbsent(k, x -> new LinkedHashSet<>()), story);
        }
    }

    /** The stories listed under {@code feature}, oldest first; empty when none. */
    Iterable<Integer> stories(String feature) {
        LinkedHashSet<Integer> list = byFeature.get(feature);
        return list == null ? List.of() : list;
    }

    /** The stories holding an article that shares a band key with {@code keys}. */
    List<Integer> nearDuplicates(long[] keys) {
        List<Integer> found = new ArrayList<>();
        for (long k : keys) {
            LinkedHashSet<Integer> list = byBand.get(k);
            if (list != null) {
                for (int s : list) {
                    if (!found.contains(s)) {
                        found.add(s);
                    }
                }
            }
        }
        return found;
    }

    private void touch(LinkedHashSet<Integer> list, int story) {
        list.remove(story);
        list.add(story);
        if (list.size() > postings) {
            Iterator<Integer> oldest = list.iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
