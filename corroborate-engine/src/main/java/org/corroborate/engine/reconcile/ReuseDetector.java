package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Published;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.TextReuse;

/**
 * Finds sentences one article took from another, verbatim or lightly rewritten: two sentences of different
 * articles are reuse when at least half of their word trigrams are shared (Jaccard). Candidate pairs come from
 * an index of trigrams, so unrelated sentences are never compared. The earlier article, by publication date
 * and then by the order the articles joined the story, is taken as the origin.
 */
final class ReuseDetector {

    private static final double MIN_JACCARD = 0.5;
    private static final int MIN_WORDS = 8;

    private record Unit(int article, Span span, Set<String> shingles) {
    }

    List<TextReuse> detect(List<ArticleFacts> articles) {
        List<Unit> units = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            ArticleFacts facts = articles.get(a);
            String text = facts.article().text();
            for (Sentence s : facts.annotated().sentences()) {
                List<String> words = Words.lower(s.span().of(text));
                if (words.size() < MIN_WORDS) {
                    continue;
                }
                Set<String> shingles = new HashSet<>();
                for (int i = 0; i + 3 <= words.size(); i++) {
                    shingles.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
                }
                int id = units.size();
                units.add(new Unit(a, s.span(), shingles));
                for (String sh : shingles) {
                    index.computeIfAbsent(sh, k -> new ArrayList<>()).add(id);
                }
            }
        }
        List<TextReuse> found = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String sh : unit.shingles()) {
                for (int other : index.get(sh)) {
                    if (other > u && units.get(other).article() != unit.article()) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Unit other = units.get(e.getKey());
                double jaccard = (double) e.getValue() / (unit.shingles().size() + other.shingles().size() - e.getValue());
                if (jaccard >= MIN_JACCARD) {
                    found.add(directed(articles, unit, other, Math.min(1.0, jaccard)));
                }
            }
        }
        return found;
    }

    private static TextReuse directed(List<ArticleFacts> articles, Unit a, Unit b, double similarity) {
        boolean aFirst = compare(articles.get(a.article()), a.article(), articles.get(b.article()), b.article()) <= 0;
        Unit from = aFirst ? a : b;
        Unit to = aFirst ? b : a;
        return new TextReuse(articles.get(from.article()).article().id(), from.span(),
                articles.get(to.article()).article().id(), to.span(), similarity);
    }

    private static int compare(ArticleFacts x, int xOrder, ArticleFacts y, int yOrder) {
        var px = x.article().metadata().published().map(Published::date);
        var py = y.article().metadata().published().map(Published::date);
        if (px.isPresent() && py.isPresent() && !px.get().equals(py.get())) {
            return px.get().compareTo(py.get());
        }
        return Integer.compare(xOrder, yOrder);
    }
}
