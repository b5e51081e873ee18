package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.WordEdit;

/**
 * One quotation across a story's articles.
 *
 * <p>Two quotes (direct or block) are the same quotation when most of the shorter one's words are in the longer
 * one, so a headline fragment, or one outlet's quote that another splits in two, joins the whole. Each group
 * keeps every wording. The differences compare, for each other article, all its wordings in the group (in text
 * order, fragments that another of its wordings already holds left out) with the first article's, over the
 * stretch of words the two share from first to last match: the words outside that stretch are one outlet
 * quoting more, not quoting differently.
 */
final class QuoteGrouper {

    private static final double SAME_QUOTE = 0.7;

    private record Item(String article, Quote quote, List<String> words, Optional<String> speaker) {
    }

    List<QuoteGroup> group(List<ArticleFacts> articles, Map<String, String> storyNames) {
        List<Item> items = new ArrayList<>();
        for (ArticleFacts facts : articles) {
            for (Quote q : facts.quotes()) {
                if (q.kind() == QuoteKind.INDIRECT) {
                    continue;
                }
                Optional<String> speaker = q.speaker().flatMap(s -> s.entity()
                        .map(id -> storyNames.get(facts.article().id() + "/" + id)).or(s::name));
                items.add(new Item(facts.article().id(), q, Words.lower(q.text()), speaker));
            }
        }
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (Words.containment(items.get(i).words(), items.get(j).words()) >= SAME_QUOTE) {
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
                    .map(m -> new QuoteVariant(m.article(), m.quote().span(), m.quote().text())).toList();
            groups.add(new QuoteGroup(speaker, variants, differences(members)));
        }
        return groups;
    }

    /** Each other article's wording against the first article's, over the stretch they share. */
    private static List<QuoteDifference> differences(List<Item> members) {
        Map<String, List<String>> wordsByArticle = new LinkedHashMap<>();
        for (Item item : members) {
            if (members.stream().anyMatch(other -> other != item && other.article().equals(item.article())
                    && other.quote().span().contains(item.quote().span()))) {
                continue; // a fragment its own article also quotes whole
            }
            wordsByArticle.computeIfAbsent(item.article(), k -> new ArrayList<>()).addAll(Words.of(item.quote().text()));
        }
        List<QuoteDifference> differences = new ArrayList<>();
        String base = members.get(0).article();
        List<String> baseWords = wordsByArticle.get(base);
        for (Map.Entry<String, List<String>> other : wordsByArticle.entrySet()) {
            if (other.getKey().equals(base)) {
                continue;
            }
            List<WordEdit> edits = WordDiff.between(baseWords, other.getValue());
            edits = trimUnshared(edits, baseWords.isEmpty(), other.getValue().isEmpty());
            if (!edits.isEmpty()) {
                differences.add(new QuoteDifference(other.getKey(), base, edits));
            }
        }
        return differences;
    }

    /**
     * Drops a leading or trailing pure insertion or deletion of more than a few words: one outlet quoting
     * further than the other. A short one (a leading "So") is a difference in wording and stays.
     */
    private static List<WordEdit> trimUnshared(List<WordEdit> edits, boolean baseEmpty, boolean otherEmpty) {
        if (baseEmpty || otherEmpty || edits.isEmpty()) {
            return edits;
        }
        List<WordEdit> out = new ArrayList<>(edits);
        if (isLongOneSided(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && isLongOneSided(out.get(0))) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isLongOneSided(WordEdit e) {
        String side = e.removed().isEmpty() ? e.added() : e.added().isEmpty() ? e.removed() : null;
        return side != null && side.split(" ").length > 3;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
