package org.corroborate.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extracted article text the way the scrapinghub article-extraction-benchmark does
 * ({@code evaluate.py}, functions {@code string_shingle_matching}, {@code _tokenize}, {@code _ngrams} and
 * {@code metrics_from_tp_fp_fns}, github.com/scrapinghub/article-extraction-benchmark):
 * <ul>
 *   <li>tokens are the maximal runs of Python's Unicode {@code \w}: letters, numbers and the underscore,
 *       case kept;</li>
 *   <li>shingles are the word 4-grams of that token list, counted as a bag (a multiset); a text of fewer than
 *       four tokens is one shingle of all of them, an empty text has none;</li>
 *   <li>per page, tp = Σ min(expected, predicted) over shingles, fp and fn the excess on each side, and the
 *       three are divided by their sum;</li>
 *   <li>over pages, precision is the mean of per-page precision over pages with tp + fp &gt; 0, recall the
 *       mean of per-page recall over pages with tp + fn &gt; 0, and F1 the harmonic mean of those two
 *       means (not the mean of per-page F1).</li>
 * </ul>
 *
 * <p>Thread-safe: holds no state.
 */
public final class ShingleScorer {

    /** The benchmark's shingle length. */
    public static final int SHINGLE_WORDS = 4;

    /** Matches {@code predicted} against {@code expected}. */
    public ShingleMatch match(String expected, String predicted) {
        Map<List<String>, Integer> want = shingles(expected);
        Map<List<String>, Integer> got = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : want.entrySet()) {
            int w = e.getValue();
            int g = got.getOrDefault(e.getKey(), 0);
            tp += Math.min(w, g);
            fn += Math.max(0, w - g);
        }
        for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
            fp += Math.max(0, e.getValue() - want.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /** Mean precision and recall over the pages, and their harmonic mean. */
    public ExtractionScore aggregate(List<ShingleMatch> pages) {
        double precision = pages.stream().filter(ShingleMatch::countsForPrecision)
                .mapToDouble(ShingleMatch::precision).average().orElse(0);
        double recall = pages.stream().filter(ShingleMatch::countsForRecall)
                .mapToDouble(ShingleMatch::recall).average().orElse(0);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ExtractionScore(pages.size(), precision, recall, f1);
    }

    /** The bag of word 4-grams of {@code text}. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> bag = new HashMap<>();
        int count = Math.max(1, tokens.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_WORDS));
            if (!shingle.isEmpty()) {
                bag.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return bag;
    }

    /**
     * The maximal runs of word characters. Python's {@code \w} on {@code str} is {@code str.isalnum()} or
     * {@code _}: letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl, No), but not combining marks.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
