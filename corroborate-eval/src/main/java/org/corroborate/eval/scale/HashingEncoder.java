package org.corroborate.eval.scale;

import java.util.Locale;
import org.corroborate.engine.cluster.Embedding;
import org.corroborate.engine.cluster.SentenceEncoder;

/**
 * A stand-in encoder for benchmarks of the clusterer alone: each word adds a pseudo-random ±1 vector (the
 * hashing trick), so texts sharing words get a high cosine, at a cost of microseconds rather than the
 * milliseconds of a real model. It knows nothing of meaning. Thread-safe.
 */
final class HashingEncoder implements SentenceEncoder {

    private static final int DIMENSIONS = 384;

    @Override
    public Embedding encode(String text) {
        float[] v = new float[DIMENSIONS];
        for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            long h = w.hashCode() * 0x9E3779B97F4A7C15L;
            for (int i = 0; i < 8; i++) {
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                v[(int) ((h >>> 1) % DIMENSIONS)] += (h & 1) == 0 ? 1 : -1;
            }
        }
        return new Embedding(v);
    }

    @Override
    public String describe() {
        return "hashed words (benchmark stand-in)";
    }
}
