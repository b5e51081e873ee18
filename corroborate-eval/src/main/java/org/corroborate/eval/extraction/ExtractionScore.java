package org.corroborate.eval.extraction;

/**
 * The benchmark's summary over a set of pages: mean precision, mean recall and the harmonic mean of the two
 * (see {@link ShingleScorer}).
 */
public record ExtractionScore(int pages, double precision, double recall, double f1) {

    public ExtractionScore {
        if (pages < 0) {
            throw new IllegalArgumentException("page count must not be negative, was " + pages);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "pages=%d precision=%.4f recall=%.4f F1=%.4f",
                pages, precision, recall, f1);
    }
}
