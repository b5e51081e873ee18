package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Claim;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Stance;
import org.corroborate.model.TextReuse;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;

/**
 * Aligns a story's claims into facts and judges each. Claims align when their subjects are one story entity
 * and their relations are the same. Values then compare by kind: dates agree when equal and are more specific
 * when one lies inside the other ({@code 2001-08-25} inside {@code 2001-08}); numbers, places and phrases agree
 * when equal, and otherwise conflict.
 *
 * <p>Independent sources: claims attributed to the same speaker or outlet count once, and so do articles
 * linked by copied text; every other article is an origin of its own. An article that states a fact in its own
 * words and also credits a source for it ("Hewitt shared that …") counts as that source: the story reached it
 * through the source.
 */
final class FactReconciler {

    /**
     * One article's support for a fact: its first claim of it (nearest the top, the one shown) and, when any of
     * its claims of the fact is attributed, the first attribution, with the source's story-level name.
     */
    private record Sourced(String article, Claim claim, String subject, Optional<Attribution> attribution) {
    }

    List<Fact> reconcile(List<ArticleFacts> articles, EntityMerger.Merged merged, List<TextReuse> reuse) {
        Map<String, List<Sourced>> aligned = new LinkedHashMap<>();
        for (ArticleFacts facts : articles) {
            String id = facts.article().id();
            for (Claim c : facts.claims()) {
                String subject = c.entity().map(e -> merged.names().get(id + "/" + e)).orElse(c.subject());
                String key = subject.toLowerCase(Locale.ROOT) + "|" + c.relation();
                List<Sourced> list = aligned.computeIfAbsent(key, k -> new ArrayList<>());
                Optional<Attribution> attribution = c.attribution()
                        .map(a -> new Attribution(merged.storyName(id, a.source()), a.via()));
                Optional<Sourced> earlier = list.stream().filter(s -> s.article().equals(id)).findFirst();
                if (earlier.isEmpty()) {
                    list.add(new Sourced(id, c, subject, attribution));
                } else if (earlier.get().attribution().isEmpty() && attribution.isPresent()) {
                    // The article also credits a source for it: its support comes from that source.
                    list.set(list.indexOf(earlier.get()), new Sourced(id, earlier.get().claim(), subject, attribution));
                }
            }
        }
        Map<String, String> copiedFrom = new LinkedHashMap<>();
        for (TextReuse r : reuse) {
            copiedFrom.putIfAbsent(r.to(), r.from());
        }
        List<Fact> facts = new ArrayList<>();
        for (List<Sourced> group : aligned.values()) {
            facts.add(judge(group, copiedFrom));
        }
        return facts;
    }

    private static Fact judge(List<Sourced> group, Map<String, String> copiedFrom) {
        Sourced first = group.get(0);
        ValueKind kind = first.claim().value().kind();
        // The most specific value: for dates the longest, for the rest the first.
        String best = first.claim().value().normalized();
        for (Sourced s : group) {
            String v = s.claim().value().normalized();
            if (kind == ValueKind.DATE && v.startsWith(best) && v.length() > best.length()) {
                best = v;
            }
        }
        boolean conflict = false;
        boolean specific = false;
        List<FactSource> sources = new ArrayList<>();
        for (Sourced s : group) {
            String v = s.claim().value().normalized();
            Stance stance;
            if (v.equalsIgnoreCase(best)) {
                stance = Stance.STATES;
            } else if (kind == ValueKind.DATE && best.startsWith(v)) {
                stance = Stance.LESS_SPECIFIC;
                specific = true;
            } else {
                stance = Stance.CONFLICTS;
                conflict = true;
            }
            sources.add(new FactSource(s.article(), stance, s.claim().value().text(), s.claim().span(),
                    s.attribution().flatMap(a -> a.via().or(() -> Optional.of(a.source())))));
        }
        if (specific && !conflict) {
            String mostSpecific = best;
            sources = sources.stream().map(fs -> fs.stance() == Stance.STATES && group.size() > 1
                    ? new FactSource(fs.article(), Stance.MORE_SPECIFIC, fs.value(), fs.span(), fs.via()) : fs).toList();
            best = mostSpecific;
        }
        Verdict verdict = conflict ? Verdict.CONFLICT
                : group.size() == 1 ? Verdict.SINGLE_SOURCE
                : specific ? Verdict.MORE_SPECIFIC
                : Verdict.AGREED;
        int independent = independentOrigins(group, copiedFrom);
        String statement = first.subject() + " — " + first.claim().relation() + ": " + best;
        return new Fact(statement, first.subject(), first.claim().relation(), best, verdict, independent, sources);
    }

    /** Distinct origins: the attributed speaker or outlet, else the article or the article it copied from. */
    private static int independentOrigins(List<Sourced> group, Map<String, String> copiedFrom) {
        Set<String> origins = new HashSet<>();
        for (Sourced s : group) {
            String origin = s.attribution()
                    .map(a -> "said:" + a.source().toLowerCase(Locale.ROOT))
                    .orElseGet(() -> "article:" + rootOf(s.article(), copiedFrom));
            origins.add(origin);
        }
        return origins.size();
    }

    private static String rootOf(String article, Map<String, String> copiedFrom) {
        String current = article;
        Set<String> seen = new HashSet<>();
        while (copiedFrom.containsKey(current) && seen.add(current)) {
            current = copiedFrom.get(current);
        }
        return current;
    }
}
