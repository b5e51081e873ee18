package org.corroborate.engine.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of word shingles (Broder 1997), to find near-duplicate articles: the share of equal
 * positions in two signatures estimates the Jaccard similarity of their shingle sets, and cutting a
 * signature into bands gives keys that two near-duplicates share with high probability (locality-sensitive
 * hashing, Indyk and Motwani 1998). With {@value #BANDS} bands of {@value #ROWS} rows, two articles of
 * Jaccard 0.5 share a band key with probability 0.64, of Jaccard 0.7 with 0.98, of Jaccard 0.2 with 0.03.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHash {

    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    /** Words per shingle: four make a shingle rare enough that shared ones mean shared wording. */
    static final int SHINGLE = 4;

    private final int[] values;

    private MinHash(int[] values) {
        this.values = values;
    }

    /** The signature of the word shingles of {@code words}; a text shorter than one shingle gets an empty one. */
    public static MinHash of(List<String> words) {
        int[] min = new int[SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        boolean any = false;
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = mix(h ^ words.get(j).hashCode());
            }
            any = true;
            for (int k = 0; k < SIZE; k++) {
                int v = (int) (mix(h + k * 0xC2B2AE3D27D4EB4FL) >>> 33);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return new MinHash(any ? min : new int[0]);
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The estimated Jaccard similarity of the two shingle sets; 0 when either text had no shingle. */
    public double similarity(MinHash other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (values[k] == other.values[k]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** One key per band; two signatures sharing any key are candidates for near-duplicates. */
    long[] bandKeys() {
        if (isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ values[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
