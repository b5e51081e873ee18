package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.WordEdit;

/**
 * The word-level differences between two wordings, from a longest common subsequence of their words
 * (compared without case): each maximal run of differing words becomes one {@link WordEdit}.
 */
final class WordDiff {

    private WordDiff() {
    }

    static List<WordEdit> between(List<String> from, List<String> to) {
        int n = from.size();
        int m = to.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = from.get(i).equalsIgnoreCase(to.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<WordEdit> edits = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && from.get(i).equalsIgnoreCase(to.get(j))) {
                flush(removed, added, edits);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(to.get(j++));
            } else {
                removed.add(from.get(i++));
            }
        }
        flush(removed, added, edits);
        return edits;
    }

    /**
     * The pairs {@code {i, j}} of a longest common subsequence of the two, in order, matching words by their
     * stem: lower case, and a contraction by the word before its apostrophe ("I'd" stands for "I"), so that
     * "I'd rather" and "I would rather" still meet.
     */
    static List<int[]> pairs(List<String> from, List<String> to) {
        List<String> a = from.stream().map(WordDiff::stem).toList();
        List<String> b = to.stream().map(WordDiff::stem).toList();
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new int[] {i++, j++});
            } else if (lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    private static void flush(List<String> removed, List<String> added, List<WordEdit> edits) {
        if (!removed.isEmpty() || !added.isEmpty()) {
            edits.add(new WordEdit(String.join(" ", removed), String.join(" ", added)));
            removed.clear();
            added.clear();
        }
    }
}
