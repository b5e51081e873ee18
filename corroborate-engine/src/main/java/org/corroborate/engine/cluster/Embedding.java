package org.corroborate.engine.cluster;

import java.util.Arrays;

/**
 * A sentence embedding: a vector of unit length, so that the dot product of two is their cosine. Immutable;
 * the array given is copied and scaled, and never handed out.
 */
public final class Embedding {

    private final float[] vector;

    /** @param vector any non-zero vector; it is copied and scaled to unit length (a zero vector stays zero) */
    public Embedding(float[] vector) {
        float[] copy = Arrays.copyOf(vector, vector.length);
        double norm = 0;
        for (float v : copy) {
            norm += (double) v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < copy.length; i++) {
                copy[i] *= scale;
            }
        }
        this.vector = copy;
    }

    public int dimensions() {
        return vector.length;
    }

    /** The cosine of the two, from -1 to 1; 0 when either is the zero vector. */
    public double cosine(Embedding other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("embeddings of " + vector.length + " and " + other.vector.length
                    + " dimensions come from different models and cannot be compared");
        }
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
        }
        return dot;
    }

    /** Adds this vector, times {@code weight}, into {@code sum} (a running centroid). */
    void addTo(double[] sum, double weight) {
        for (int i = 0; i < vector.length; i++) {
            sum[i] += weight * vector[i];
        }
    }

    /** The cosine of this with the direction of {@code sum}; 0 when the sum is zero. */
    double cosine(double[] sum) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * sum[i];
            norm += sum[i] * sum[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }
}
