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
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Claim;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Stance;
import org.corroborate.model.TextReuse;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;

/**
 * Aligns a story's claims into facts and judges each.
 *
 * <p>Claims align when their subjects are one story entity and their relations are the same. Each article gives
 * one value: its first statement in the body (a title or heading only when the body does not state it). The
 * values then fall into groups of compatible values ({@link ValueComparison}: a date inside another, a count
 * inside an estimate, a place inside another, phrases sharing most words). One group is one fact: {@code agreed},
 * {@code more-specific} or {@code single-source}. Several groups are a {@code conflict} when the relation has one
 * true value (a date, a number, a place, a cause of death); for other relations ("friends with", "starred in")
 * each group is a fact of its own.
 *
 * <p>Independent sources: claims attributed to the same speaker or outlet count once, and so do articles
 * linked by copied text; every other article is an origin of its own. An article that states a fact in its own
 * words and also credits a source for it ("Hewitt shared that …") counts as that source: the story reached it
 * through the source.
 */
final class FactReconciler {

    /** Phrase-valued relations that have one true value, so that different values conflict. */
    private static final Set<String> SINGLE_VALUED_PHRASES = Set.of("death cause");
    /** The relation of one place inside another, which also tells how places compare. */
    private static final String LOCATED_IN = "located in";

    /**
     * One article's support for a fact: its first claim of it (nearest the top, the one shown) and, when any of
     * its claims of the fact is attributed, the first attribution, with the source's story-level name.
     */
    private record Sourced(String article, Claim claim, String subject, Optional<Attribution> attribution) {
        String value() {
            return claim.value().normalized();
        }
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
                    continue;
                }
                Sourced kept = earlier.get();
                if (isHeadline(facts, kept.claim()) && !isHeadline(facts, c)) {
                    // A title restates the body: the body's statement is the article's.
                    kept = new Sourced(id, c, subject, kept.attribution().or(() -> attribution));
                }
                if (kept.attribution().isEmpty() && attribution.isPresent()) {
                    // The article also credits a source for it: its support comes from that source.
                    kept = new Sourced(id, kept.claim(), subject, attribution);
                }
                list.set(list.indexOf(earlier.get()), kept);
            }
        }
        List<String[]> inside = new ArrayList<>();
        for (List<Sourced> group : aligned.values()) {
            for (Sourced s : group) {
                if (s.claim().relation().equals(LOCATED_IN)) {
                    inside.add(new String[] {s.subject(), s.value()});
                }
            }
        }
        ValueComparison values = new ValueComparison(inside);
        Map<String, String> copiedFrom = new LinkedHashMap<>();
        for (TextReuse r : reuse) {
            copiedFrom.putIfAbsent(r.to(), r.from());
        }
        List<Fact> facts = new ArrayList<>();
        for (List<Sourced> group : aligned.values()) {
            List<List<Sourced>> groups = compatibleGroups(group, values);
            if (groups.size() > 1 && isSingleValued(group.get(0).claim())) {
                facts.add(conflict(group, groups, values, copiedFrom));
            } else {
                groups.forEach(g -> facts.add(agreement(g, values, copiedFrom)));
            }
        }
        return facts;
    }

    /** True when the claim's evidence is the article's title or a heading. */
    private static boolean isHeadline(ArticleFacts facts, Claim c) {
        for (Block b : facts.article().blocks()) {
            if (b.span().contains(c.span().start())) {
                return b.kind() == BlockKind.TITLE || b.kind() == BlockKind.HEADING;
            }
        }
        return false;
    }

    private static boolean isSingleValued(Claim c) {
        return c.value().kind() != ValueKind.TEXT && c.value().kind() != ValueKind.ENTITY
                || SINGLE_VALUED_PHRASES.contains(c.relation());
    }

    /** The claims split into groups whose values are all compatible with each other, in order. */
    private static List<List<Sourced>> compatibleGroups(List<Sourced> claims, ValueComparison values) {
        List<List<Sourced>> groups = new ArrayList<>();
        for (Sourced s : claims) {
            ValueKind kind = s.claim().value().kind();
            Optional<List<Sourced>> home = groups.stream()
                    .filter(g -> g.stream().allMatch(o -> values.compatible(kind, o.value(), s.value()))).findFirst();
            if (home.isPresent()) {
                home.get().add(s);
            } else {
                groups.add(new ArrayList<>(List.of(s)));
            }
        }
        return groups;
    }

    /** A fact whose sources agree: the most specific value, each source's stance against it. */
    private static Fact agreement(List<Sourced> group, ValueComparison values, Map<String, String> copiedFrom) {
        ValueKind kind = group.get(0).claim().value().kind();
        String best = mostSpecific(group, values);
        boolean vaguer = false;
        List<FactSource> sources = new ArrayList<>();
        for (Sourced s : group) {
            boolean less = values.moreSpecific(kind, best, s.value());
            vaguer |= less;
            sources.add(source(s, less ? Stance.LESS_SPECIFIC : Stance.STATES));
        }
        if (vaguer) {
            sources = sources.stream().map(fs -> fs.stance() == Stance.STATES ? withStance(fs, Stance.MORE_SPECIFIC) : fs).toList();
        }
        Verdict verdict = group.size() == 1 ? Verdict.SINGLE_SOURCE : vaguer ? Verdict.MORE_SPECIFIC : Verdict.AGREED;
        return fact(group.get(0), best, verdict, independentOrigins(group, copiedFrom), sources);
    }

    /** Incompatible values of a single-valued relation: the most supported value is stated, the rest conflict. */
    private static Fact conflict(List<Sourced> all, List<List<Sourced>> groups, ValueComparison values,
            Map<String, String> copiedFrom) {
        List<Sourced> main = groups.get(0);
        for (List<Sourced> g : groups) {
            if (independentOrigins(g, copiedFrom) > independentOrigins(main, copiedFrom)) {
                main = g;
            }
        }
        ValueKind kind = all.get(0).claim().value().kind();
        String best = mostSpecific(main, values);
        List<FactSource> sources = new ArrayList<>();
        for (Sourced s : all) {
            Stance stance = values.moreSpecific(kind, best, s.value()) ? Stance.LESS_SPECIFIC
                    : main.contains(s) ? Stance.STATES
                    : Stance.CONFLICTS;
            sources.add(source(s, stance));
        }
        return fact(all.get(0), best, Verdict.CONFLICT, independentOrigins(all, copiedFrom), sources);
    }

    /** The value no other in the group states more precisely (the first such, in order). */
    private static String mostSpecific(List<Sourced> group, ValueComparison values) {
        ValueKind kind = group.get(0).claim().value().kind();
        String best = group.get(0).value();
        for (Sourced s : group) {
            if (values.moreSpecific(kind, s.value(), best)) {
                best = s.value();
            }
        }
        return best;
    }

    private static Fact fact(Sourced first, String value, Verdict verdict, int independent, List<FactSource> sources) {
        String relation = first.claim().relation();
        String statement = value.equals("reported") ? first.subject() + " — " + relation + " reported"
                : first.subject() + " — " + relation + ": " + value;
        return new Fact(statement, first.subject(), relation, value, verdict, independent, sources);
    }

    private static FactSource source(Sourced s, Stance stance) {
        return new FactSource(s.article(), stance, s.claim().value().text(), s.claim().span(),
                s.attribution().flatMap(a -> a.via().or(() -> Optional.of(a.source()))));
    }

    private static FactSource withStance(FactSource fs, Stance stance) {
        return new FactSource(fs.article(), stance, fs.value(), fs.span(), fs.via());
    }

    /** Distinct origins: the attributed speaker or outlet, else the article or the article it copied from. */
    private static int independentOrigins(List<Sourced> group, Map<String, String> copiedFrom) {
        Set<String> origins = new HashSet<>();
        for (Sourced s : group) {
            origins.add(s.attribution()
                    .map(a -> "said:" + a.source().toLowerCase(Locale.ROOT))
                    .orElseGet(() -> "article:" + rootOf(s.article(), copiedFrom)));
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
