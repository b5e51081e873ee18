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

/**
 * One quotation across a story's articles. Two quotes (direct or block) are the same quotation when most of
 * the shorter one's words are in the longer one, so a headline fragment or half of a split quote joins the
 * whole. Each group keeps every wording; the differences are word diffs of each other article's wording
 * against the first article's.
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
            List<QuoteDifference> differences = new ArrayList<>();
            Item base = members.get(0);
            for (Item other : members) {
                if (!other.article().equals(base.article())) {
                    var edits = WordDiff.between(Words.of(base.quote().text()), Words.of(other.quote().text()));
                    if (!edits.isEmpty()) {
                        differences.add(new QuoteDifference(other.article(), base.article(), edits));
                    }
                }
            }
            groups.add(new QuoteGroup(speaker, variants, differences));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
