package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.WordEdit;

/**
 * One quotation across a story's articles.
 *
 * <p>Only the speaker's own words are compared: the parts of direct, mixed and block quotes ({@link Quote#parts()}),
 * so that the cue inside a split quotation ("…," she said, "…") and the reported clause around a mixed one are
 * not taken for differences; indirect speech has no words of the speaker's and is not grouped. Two quotes are the
 * same quotation when the shorter one's words stand, mostly and in order, in the longer one: a headline fragment,
 * or one outlet's quote that another splits in two, joins the whole. Each group keeps every wording.
 *
 * <p>The differences compare, for each other article, all its wordings in the group (in text order, those
 * another of its wordings already holds left out) with the fullest article's, over the stretch of words the two
 * share: a run of more than a few words that only one of them has at either end is one outlet quoting more, not
 * quoting differently, while a short one (a leading "So") is a difference. Thread-safe: holds no state.
 */
final class QuoteGrouper {

    /** Share of the shorter wording's words the longer must hold in order. */
    private static final double SAME_QUOTE = 0.7;
    /** Fewer words than this are a scrap, not a quotation to group. */
    private static final int MIN_WORDS = 2;
    /** An unshared run at either end longer than this is quoting more, not quoting differently. */
    private static final int SHORT_RUN = 3;

    private record Item(String article, Quote quote, String wording, List<String> words, Optional<String> speaker) {
    }

    List<QuoteGroup> group(List<ArticleFacts> articles, Map<String, String> storyNames) {
        List<Item> items = new ArrayList<>();
        for (ArticleFacts facts : articles) {
            String text = facts.article().text();
            for (Quote q : facts.quotes()) {
                if (q.parts().isEmpty()) {
                    continue;
                }
                String wording = q.words(text);
                List<String> words = Words.lower(wording);
                if (words.size() < MIN_WORDS) {
                    continue;
                }
                Optional<String> speaker = q.speaker().flatMap(s -> s.entity()
                        .map(id -> storyNames.get(facts.article().id() + "/" + id)).or(s::name));
                items.add(new Item(facts.article().id(), q, wording, words, speaker));
            }
        }
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (sameQuotation(items.get(i).words(), items.get(j).words())) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<Item>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<QuoteGroup> groups = new ArrayList<>();
        for (List<Item> members : byRoot.values()) {
            Optional<String> speaker = members.stream().map(Item::speaker).flatMap(Optional::stream).findFirst();
            List<QuoteVariant> variants = members.stream()
                    .map(m -> new QuoteVariant(m.article(), m.quote().span(), m.wording())).toList();
            groups.add(new QuoteGroup(speaker, variants, differences(members)));
        }
        return groups;
    }

    /** The shorter wording's words stand, mostly and in order, in the longer one. */
    static boolean sameQuotation(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (Words.containment(shorter, longer) < SAME_QUOTE) {
            return false; // the cheap test first: most pairs share few words
        }
        return inOrder(shorter, longer) >= SAME_QUOTE * shorter.size();
    }

    /** Each other article's wording against the first article's, over the stretch they share. */
    private static List<QuoteDifference> differences(List<Item> members) {
        Map<String, List<String>> wordsByArticle = new LinkedHashMap<>();
        for (Item item : members) {
            boolean heldByOwnArticle = members.stream().anyMatch(other -> other != item
                    && other.article().equals(item.article()) && other.words().size() > item.words().size()
                    && inOrder(item.words(), other.words()) == item.words().size());
            if (!heldByOwnArticle) {
                wordsByArticle.computeIfAbsent(item.article(), k -> new ArrayList<>()).addAll(Words.of(item.wording()));
            }
        }
        List<QuoteDifference> differences = new ArrayList<>();
        // The fullest wording is the one the others are compared with: each of them then differs by what it
        // words otherwise, not by what it leaves out.
        String base = members.get(0).article();
        for (Map.Entry<String, List<String>> e : wordsByArticle.entrySet()) {
            if (e.getValue().size() > wordsByArticle.get(base).size()) {
                base = e.getKey();
            }
        }
        List<String> baseWords = wordsByArticle.get(base);
        for (Map.Entry<String, List<String>> other : wordsByArticle.entrySet()) {
            if (other.getKey().equals(base)) {
                continue;
            }
            List<String>[] shared = sharedStretch(baseWords, other.getValue());
            List<WordEdit> edits = trimUnshared(WordDiff.between(shared[0], shared[1]));
            if (!edits.isEmpty()) {
                differences.add(new QuoteDifference(other.getKey(), base, edits));
            }
        }
        return differences;
    }

    /**
     * The two wordings cut to where they meet. Where one starts with more than a few words the other lacks,
     * those are dropped, up to the first run of two words both share (a word shared by chance, "a prank. A man
     * …", does not pull the alignment and split one long insertion into a difference); as many words before the
     * run as the other wording has there are kept, to show how the two word it. The same at the ends.
     */
    @SuppressWarnings("unchecked")
    private static List<String>[] sharedStretch(List<String> a, List<String> b) {
        List<int[]> pairs = WordDiff.pairs(a, b);
        int first = -1;
        int last = -1;
        for (int k = 0; k + 1 < pairs.size(); k++) {
            if (isRun(pairs.get(k), pairs.get(k + 1))) {
                if (first < 0) {
                    first = k;
                }
                last = k + 1;
            }
        }
        if (first < 0) {
            return new List[] {a, b};
        }
        // A match a word or two before the run belongs to it: "I would rather" meets "I'd rather" at "I".
        while (first > 0 && isNear(pairs.get(first - 1), pairs.get(first))) {
            first--;
        }
        while (last + 1 < pairs.size() && isNear(pairs.get(last), pairs.get(last + 1))) {
            last++;
        }
        int[] start = pairs.get(first);
        int[] end = pairs.get(last);
        int keepBefore = Math.min(start[0], start[1]);
        int keepAfter = Math.min(a.size() - 1 - end[0], b.size() - 1 - end[1]);
        int aFrom = start[0] > SHORT_RUN ? start[0] - keepBefore : 0;
        int bFrom = start[1] > SHORT_RUN ? start[1] - keepBefore : 0;
        int aTo = a.size() - 1 - end[0] > SHORT_RUN ? end[0] + 1 + keepAfter : a.size();
        int bTo = b.size() - 1 - end[1] > SHORT_RUN ? end[1] + 1 + keepAfter : b.size();
        // Words kept for the other's words there, but not like them ("left I'd" for "I would"), go too.
        while (aFrom > 0 && aFrom < start[0] && !sameStem(a.get(aFrom), b.get(bFrom))) {
            aFrom++;
        }
        while (bFrom > 0 && bFrom < start[1] && !sameStem(b.get(bFrom), a.get(aFrom))) {
            bFrom++;
        }
        while (aTo < a.size() && aTo - 1 > end[0] && !sameStem(a.get(aTo - 1), b.get(bTo - 1))) {
            aTo--;
        }
        while (bTo < b.size() && bTo - 1 > end[1] && !sameStem(b.get(bTo - 1), a.get(aTo - 1))) {
            bTo--;
        }
        return new List[] {a.subList(aFrom, aTo), b.subList(bFrom, bTo)};
    }

    private static boolean sameStem(String x, String y) {
        return WordDiff.pairs(List.of(x), List.of(y)).size() == 1;
    }

    private static boolean isRun(int[] p, int[] q) {
        return q[0] == p[0] + 1 && q[1] == p[1] + 1;
    }

    private static boolean isNear(int[] p, int[] q) {
        return q[0] - p[0] <= 2 && q[1] - p[1] <= 2;
    }

    /**
     * Drops a leading or trailing pure insertion or deletion of more than a few words: one outlet quoting
     * further than the other. A short one (a leading "So") is a difference in wording and stays.
     */
    private static List<WordEdit> trimUnshared(List<WordEdit> edits) {
        List<WordEdit> out = new ArrayList<>(edits);
        if (!out.isEmpty() && isLongOneSided(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && isLongOneSided(out.get(0))) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isLongOneSided(WordEdit e) {
        String side = e.removed().isEmpty() ? e.added() : e.added().isEmpty() ? e.removed() : null;
        return side != null && side.split(" ").length > SHORT_RUN;
    }

    /** How many of {@code words} stand in {@code within} in the same order: a longest common subsequence. */
    private static int inOrder(List<String> words, List<String> within) {
        Set<String> present = new HashSet<>(within);
        int[] prev = new int[within.size() + 1];
        for (String w : words) {
            if (!present.contains(w)) {
                continue;
            }
            int[] cur = new int[within.size() + 1];
            for (int j = 1; j <= within.size(); j++) {
                cur[j] = w.equals(within.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[within.size()];
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
