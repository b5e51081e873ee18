package org.corroborate.eval.tempeval;

import java.util.Locale;

/**
 * Time-expression scores as the TempEval-3 toolkit reports them (UzZaman et al., "SemEval-2013 Task 1:
 * TempEval-3", 2013; its {@code evaluation-entities/evaluate_entities.py}, {@code get_performance}):
 * strict and relaxed extraction precision, recall and F1, and for each attribute its accuracy over the
 * relaxed matches and its "attribute F1", which is that accuracy times the relaxed F1.
 *
 * @param gold          gold expressions
 * @param system        system expressions
 * @param strictMatches matched pairs whose extents are identical
 * @param relaxedMatches matched pairs (extents overlap), each expression in at most one pair
 * @param valueMatches  matched pairs with the same TIMEX3 value
 * @param typeMatches   matched pairs with the same TIMEX3 type
 */
public record TimexScores(int gold, int system, int strictMatches, int relaxedMatches, int valueMatches,
        int typeMatches) {

    public TimexScores {
        if (gold < 0 || system < 0 || strictMatches > relaxedMatches || relaxedMatches > Math.min(gold, system)
                || valueMatches > relaxedMatches || typeMatches > relaxedMatches || strictMatches < 0
                || valueMatches < 0 || typeMatches < 0) {
            throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", system " + system + ", strict "
                    + strictMatches + ", relaxed " + relaxedMatches + ", value " + valueMatches + ", type " + typeMatches);
        }
    }

    public static final TimexScores NONE = new TimexScores(0, 0, 0, 0, 0, 0);

    public TimexScores plus(TimexScores o) {
        return new TimexScores(gold + o.gold, system + o.system, strictMatches + o.strictMatches,
                relaxedMatches + o.relaxedMatches, valueMatches + o.valueMatches, typeMatches + o.typeMatches);
    }

    public double strictPrecision() {
        return ratio(strictMatches, system);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Correct values among the relaxed matches. */
    public double valueAccuracy() {
        return ratio(valueMatches, relaxedMatches);
    }

    /** The TempEval-3 ranking measure for time expressions: value accuracy times relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    public double typeAccuracy() {
        return ratio(typeMatches, relaxedMatches);
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** The scores as the toolkit prints them, in percent. */
    public String report() {
        return String.format(Locale.ROOT, """
                gold %d, system %d, relaxed matches %d, strict matches %d
                Strict Match    F1 %.2f  P %.2f  R %.2f
                Relaxed Match   F1 %.2f  P %.2f  R %.2f
                Attribute F1    Value %.2f  Type %.2f
                Accuracy        Value %.2f  Type %.2f""",
                gold, system, relaxedMatches, strictMatches,
                100 * strictF1(), 100 * strictPrecision(), 100 * strictRecall(),
                100 * relaxedF1(), 100 * relaxedPrecision(), 100 * relaxedRecall(),
                100 * valueF1(), 100 * typeF1(), 100 * valueAccuracy(), 100 * typeAccuracy());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
