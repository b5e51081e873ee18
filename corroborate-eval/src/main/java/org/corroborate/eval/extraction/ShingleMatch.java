package org.corroborate.eval.extraction;

/**
 * How one page's extracted text matches its expected text, as the article-extraction benchmark counts it:
 * true positives, false positives and false negatives over word 4-gram shingles, normalised so that the three
 * sum to 1 (or are all 0 when both texts are empty), so that a long page weighs no more than a short one.
 */
public record ShingleMatch(double truePositives, double falsePositives, double falseNegatives) {

    public ShingleMatch {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("shingle counts must not be negative, were tp=" + truePositives
                    + " fp=" + falsePositives + " fn=" + falseNegatives);
        }
    }

    /**
     * Precision as the benchmark defines it: 1 when nothing is missing or extra, 0 when nothing was
     * extracted and nothing matched, otherwise tp / (tp + fp).
     */
    public double precision() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        if (truePositives == 0 && falsePositives == 0) {
            return 0;
        }
        return truePositives / (truePositives + falsePositives);
    }

    /** Recall as the benchmark defines it, symmetric to {@link #precision()}. */
    public double recall() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        if (truePositives == 0 && falseNegatives == 0) {
            return 0;
        }
        return truePositives / (truePositives + falseNegatives);
    }

    /** Whether the page counts towards the mean precision: something was extracted or matched. */
    boolean countsForPrecision() {
        return truePositives + falsePositives > 0;
    }

    /** Whether the page counts towards the mean recall: something was expected. */
    boolean countsForRecall() {
        return truePositives + falseNegatives > 0;
    }
}
