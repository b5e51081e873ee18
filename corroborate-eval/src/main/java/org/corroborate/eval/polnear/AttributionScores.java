package org.corroborate.eval.polnear;

import java.util.Locale;

/**
 * Counts of an attribution evaluation and the measures computed from them.
 *
 * @param gold                 annotated attributions
 * @param predicted            quotations Corroborate gave
 * @param matched              matched pairs (each attribution and each quotation in at most one)
 * @param direct               annotated direct quotations (content starting or ending with a quotation mark)
 * @param directMatched        of those, the matched ones
 * @param directSourced        of the matched direct ones, those whose annotation names a source
 * @param directSpeakerRight   of those, the ones whose speaker Corroborate got right
 */
public record AttributionScores(int gold, int predicted, int matched, int direct, int directMatched,
        int directSourced, int directSpeakerRight) {

    public static final AttributionScores NONE = new AttributionScores(0, 0, 0, 0, 0, 0, 0);

    public AttributionScores {
        if (matched > Math.min(gold, predicted) || direct > gold || directMatched > Math.min(direct, matched)
                || directSourced > directMatched || directSpeakerRight > directSourced || directSpeakerRight < 0) {
            throw new IllegalArgumentException("inconsistent counts: " + gold + " gold, " + predicted + " predicted, "
                    + matched + " matched, " + direct + " direct, " + directMatched + " direct matched, " + directSourced
                    + " with a source, " + directSpeakerRight + " speaker right");
        }
    }

    public AttributionScores plus(AttributionScores o) {
        return new AttributionScores(gold + o.gold, predicted + o.predicted, matched + o.matched, direct + o.direct,
                directMatched + o.directMatched, directSourced + o.directSourced, directSpeakerRight + o.directSpeakerRight);
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double directRecall() {
        return ratio(directMatched, direct);
    }

    /** The share of matched direct quotations (with an annotated source) whose speaker is right. */
    public double speakerAccuracy() {
        return ratio(directSpeakerRight, directSourced);
    }

    public String report() {
        return String.format(Locale.ROOT, """
                direct quotations: recall %.3f (%d of %d); speaker right on %.3f (%d of %d matched ones with an annotated source)
                all attributions:  precision %.3f (%d of %d quotations), recall %.3f (%d of %d), F1 %.3f""",
                directRecall(), directMatched, direct, speakerAccuracy(), directSpeakerRight, directSourced,
                precision(), matched, predicted, recall(), matched, gold, f1());
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }
}
