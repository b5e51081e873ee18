package org.corroborate.eval.gap;

import java.util.Locale;

/**
 * Counts over candidate names, as GAP's official scorer ({@code gap_scorer.py}, class {@code Scores}) keeps
 * them: each example adds two decisions, one per name; a name the pronoun refers to and that the system links
 * to it is a true positive, and so on. Precision, recall and F1 are over the positive (TRUE) labels, as
 * fractions rather than the scorer's percentages.
 */
public record GapScores(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public static final GapScores NONE = new GapScores(0, 0, 0, 0);

    public GapScores {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count in " + truePositives + "/" + falsePositives + "/"
                    + trueNegatives + "/" + falseNegatives);
        }
    }

    /** These counts with one more decision: {@code gold} is the label, {@code system} what was decided. */
    public GapScores plus(boolean gold, boolean system) {
        return new GapScores(truePositives + (gold && system ? 1 : 0), falsePositives + (!gold && system ? 1 : 0),
                trueNegatives + (!gold && !system ? 1 : 0), falseNegatives + (gold && !system ? 1 : 0));
    }

    public GapScores plus(GapScores o) {
        return new GapScores(truePositives + o.truePositives, falsePositives + o.falsePositives,
                trueNegatives + o.trueNegatives, falseNegatives + o.falseNegatives);
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    /** 0 when precision and recall are both 0, as the official scorer has it. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line in the official scorecard's terms. */
    public String report(String label) {
        return String.format(Locale.ROOT, "%-9s recall %.3f precision %.3f F1 %.3f  (tp %d fp %d fn %d tn %d)", label,
                recall(), precision(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
