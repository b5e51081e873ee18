package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.TextReuse;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;

/**
 * Aligns a story's claims into facts and judges each.
 *
 * <p><b>Alignment.</b> Claims align when their subjects are one story entity ({@link FactSubjects}: by the
 * entity's story-level name, or, for a subject an article only describes, the entity the description or the
 * claims fit) and their relations are the same.
 *
 * <p><b>One value per article.</b> Each article gives one value: the most specific its body states (a title,
 * heading or key-point bullet only when the body does not state it; values that contradict the article's first
 * statement are left out of its support).
 *
 * <p><b>Verdicts.</b> The articles' values fall into groups of compatible values ({@link ValueComparison}: a
 * date inside another, a count inside an estimate, a place inside another, phrases sharing most words). One group
 * is one fact: {@code single-source} for one article, else {@code more-specific} when some article states it
 * more precisely than another (the fact's value is the most precise; the articles stating it have stance
 * {@code more-specific}, the others {@code less-specific}), else {@code agreed}. Several groups are a
 * {@code conflict} when the relation has one true value (a date, a number, a place, an age, a cause of death):
 * the group with the most independent sources is stated, the others conflict. For relations that may hold many
 * values ("friends with", "starred in") each group is a fact of its own.
 *
 * <p><b>Independent sources.</b> Each article's support has one origin ({@link Origins}: copied text → the origin
 * of the passage copied; a credit to another outlet of the story ("Per Screenline, …") → that outlet's article's
 * origin for the fact, and so does a credit to the medium another outlet says the words were told to ("according to
 * Entertainment Tonight" against "Hewitt told Entertainment Tonight"); a credit → the credited speaker or
 * organisation, a quotation whose speaker the outlet only
 * describes → the speaker another outlet names; else the outlet). {@code independentSources} is the number of distinct origins among the fact's sources, and each
 * {@link FactSource#origin()} names its origin, so the count can be checked by hand.
 */
final class FactReconciler {

    /** Phrase-valued relations that have one true value, so that different values conflict. */
    private static final Set<String> SINGLE_VALUED_PHRASES = Set.of("death cause");
    /** The relation of one place inside another, which also tells how places compare. */
    private static final String LOCATED_IN = "located in";
    private static final String REPORTED = "reported";

    /** One claim of the story, with its story-level subject and credit. */
    record Stated(String article, ArticleFacts facts, Claim claim, String subject, Optional<Attribution> attribution) {
        String value() {
            return claim.value().normalized();
        }

        ValueKind kind() {
            return claim.value().kind();
        }
    }

    /** One article's support for a fact: the claim it shows and all its claims of that value. */
    private record Support(Stated shown, List<Stated> all, Optional<Attribution> credit) {
        String article() {
            return shown.article();
        }

        String value() {
            return shown.value();
        }

        List<Span> evidence() {
            return all.stream().map(s -> s.claim().span()).distinct().toList();
        }
    }

    List<Fact> reconcile(List<ArticleFacts> articles, EntityMerger.Merged merged, List<QuoteGroup> quotes, List<TextReuse> reuse) {
        List<String[]> inside = new ArrayList<>();
        for (ArticleFacts a : articles) {
            for (Claim c : a.claims()) {
                if (c.relation().equals(LOCATED_IN)) {
                    inside.add(new String[] {c.subject(), c.value().normalized()});
                }
            }
        }
        ValueComparison values = new ValueComparison(inside);
        StoryNames names = new StoryNames(merged.entities(), StoryNames.titles(articles, merged));
        List<Stated> stated = new FactSubjects(names, merged, values).align(articles);
        Map<String, List<Stated>> aligned = new LinkedHashMap<>();
        for (Stated s : stated) {
            if (!s.claim().relation().equals(LOCATED_IN)) {
                aligned.computeIfAbsent(Names.fold(s.subject()) + "|" + s.claim().relation(), k -> new ArrayList<>()).add(s);
            }
        }
        Origins origins = new Origins(articles, names, merged, quotes, reuse);
        List<Fact> facts = new ArrayList<>();
        for (List<Stated> claims : aligned.values()) {
            List<Support> supports = supports(claims, values);
            List<List<Support>> groups = compatibleGroups(supports, values);
            Map<String, Origins.Origin> originOf = originsOf(supports, origins);
            if (groups.size() > 1 && isSingleValued(claims.get(0).claim())) {
                facts.add(conflict(supports, groups, values, originOf));
            } else {
                groups.forEach(g -> facts.add(agreement(g, values, originOf)));
            }
        }
        return facts;
    }

    /**
     * Each article's support: its claims of the fact, body first; the one shown is the most specific of those
     * compatible with its first, and the credit the first of theirs that names a known speaker, else any.
     */
    private static List<Support> supports(List<Stated> claims, ValueComparison values) {
        Map<String, List<Stated>> byArticle = new LinkedHashMap<>();
        for (Stated s : claims) {
            byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
        }
        List<Support> supports = new ArrayList<>();
        for (List<Stated> mine : byArticle.values()) {
            List<Stated> body = mine.stream().filter(s -> !restates(s)).toList();
            List<Stated> pool = body.isEmpty() ? mine : body;
            Stated first = pool.get(0);
            List<Stated> same = pool.stream().filter(s -> values.compatible(s.kind(), s.value(), first.value())).toList();
            Stated shown = first;
            for (Stated s : same) {
                if (values.moreSpecific(s.kind(), s.value(), shown.value()) || shown.value().equals(REPORTED) && !s.value().equals(REPORTED)) {
                    shown = s;
                }
            }
            List<Stated> all = mine.stream().filter(s -> values.compatible(s.kind(), s.value(), first.value())).toList();
            Optional<Attribution> credit = all.stream().map(Stated::attribution).flatMap(Optional::stream)
                    .filter(at -> !Names.isDescription(at.source()) && Character.isUpperCase(at.source().charAt(0))).findFirst()
                    .or(() -> all.stream().map(Stated::attribution).flatMap(Optional::stream).findFirst());
            supports.add(new Support(shown, all, credit));
        }
        return supports;
    }

    /** True when the claim's sentence is the title, a heading or a key-point bullet: a restatement of the body. */
    private static boolean restates(Stated s) {
        for (Block b : s.facts().article().blocks()) {
            if (b.span().contains(s.claim().span().start())) {
                String text = b.span().of(s.facts().article().text()).strip();
                return b.kind() == BlockKind.TITLE || b.kind() == BlockKind.HEADING || text.startsWith("•") || text.startsWith("- ");
            }
        }
        return false;
    }

    /**
     * The origin of each article's support. Supports that pass on another article (copied from it, crediting its
     * outlet, or crediting the medium its speaker told) take that article's origin for the fact, followed to the
     * end of the chain; the others' come from their credits, quotations or outlets.
     */
    private static Map<String, Origins.Origin> originsOf(List<Support> supports, Origins origins) {
        Map<String, Origins.Origin> own = new HashMap<>();
        Map<String, String> copied = new HashMap<>();
        List<String> supporting = supports.stream().map(Support::article).toList();
        for (Support s : supports) {
            own.put(s.article(), origins.of(s.article(), s.evidence(), s.credit()));
            origins.copiedFrom(s.article(), s.evidence())
                    .or(() -> s.credit().flatMap(c -> origins.outletArticle(c.source(), s.article(), supporting)))
                    .or(() -> s.credit().flatMap(c -> toldTo(c.source(), s.article(), supports)))
                    .ifPresent(from -> copied.put(s.article(), from));
        }
        Map<String, Origins.Origin> result = new HashMap<>();
        for (Support s : supports) {
            String current = s.article();
            Set<String> seen = new LinkedHashSet<>();
            while (copied.containsKey(current) && seen.add(current)) {
                current = copied.get(current);
            }
            // An article that passes on another is that one's origin for the fact, or its outlet when it has none.
            result.put(s.article(), own.containsKey(current) ? own.get(current) : origins.outlet(current));
        }
        return result;
    }

    /**
     * Another supporting article whose credit was told to {@code credited}: "according to Entertainment Tonight"
     * passes on what "Hewitt told Entertainment Tonight" reports, so it has Hewitt's origin.
     */
    private static Optional<String> toldTo(String credited, String article, List<Support> supports) {
        String medium = Names.fold(credited);
        return supports.stream().filter(o -> !o.article().equals(article))
                .filter(o -> o.credit().flatMap(Attribution::via).map(v -> Names.fold(v).equals(medium)).orElse(false))
                .map(Support::article).findFirst();
    }

    private static boolean isSingleValued(Claim c) {
        return c.value().kind() != ValueKind.TEXT && c.value().kind() != ValueKind.ENTITY
                || SINGLE_VALUED_PHRASES.contains(c.relation());
    }

    /** The supports split into groups whose values are all compatible with each other, in order. */
    private static List<List<Support>> compatibleGroups(List<Support> supports, ValueComparison values) {
        List<List<Support>> groups = new ArrayList<>();
        for (Support s : supports) {
            ValueKind kind = s.shown().kind();
            Optional<List<Support>> home = groups.stream()
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
    private static Fact agreement(List<Support> group, ValueComparison values, Map<String, Origins.Origin> originOf) {
        ValueKind kind = group.get(0).shown().kind();
        String best = mostSpecific(group, values);
        boolean vaguer = group.stream().anyMatch(s -> values.moreSpecific(kind, best, s.value()));
        List<FactSource> sources = new ArrayList<>();
        for (Support s : group) {
            Stance stance = !vaguer ? Stance.STATES : values.moreSpecific(kind, best, s.value()) ? Stance.LESS_SPECIFIC : Stance.MORE_SPECIFIC;
            sources.add(source(s, stance, originOf));
        }
        Verdict verdict = group.size() == 1 ? Verdict.SINGLE_SOURCE : vaguer ? Verdict.MORE_SPECIFIC : Verdict.AGREED;
        return fact(group.get(0).shown(), best, verdict, sources);
    }

    /**
     * Incompatible values of a single-valued relation: the group with the most independent origins is stated
     * (the first on a tie), the others conflict; within the stated group the vaguer values are less specific.
     */
    private static Fact conflict(List<Support> all, List<List<Support>> groups, ValueComparison values,
            Map<String, Origins.Origin> originOf) {
        List<Support> main = groups.get(0);
        for (List<Support> g : groups) {
            if (distinctOrigins(g, originOf) > distinctOrigins(main, originOf)) {
                main = g;
            }
        }
        ValueKind kind = all.get(0).shown().kind();
        String best = mostSpecific(main, values);
        List<FactSource> sources = new ArrayList<>();
        for (Support s : all) {
            Stance stance = !main.contains(s) ? Stance.CONFLICTS
                    : values.moreSpecific(kind, best, s.value()) ? Stance.LESS_SPECIFIC
                    : Stance.STATES;
            sources.add(source(s, stance, originOf));
        }
        return fact(all.get(0).shown(), best, Verdict.CONFLICT, sources);
    }

    private static long distinctOrigins(List<Support> group, Map<String, Origins.Origin> originOf) {
        return group.stream().map(s -> originOf.get(s.article()).key()).distinct().count();
    }

    /** The value no other in the group states more precisely (the first such, in order). */
    private static String mostSpecific(List<Support> group, ValueComparison values) {
        ValueKind kind = group.get(0).shown().kind();
        String best = group.get(0).value();
        for (Support s : group) {
            if (values.moreSpecific(kind, s.value(), best) || best.equals(REPORTED) && !s.value().equals(REPORTED)) {
                best = s.value();
            }
        }
        return best;
    }

    private static Fact fact(Stated first, String value, Verdict verdict, List<FactSource> sources) {
        String relation = first.claim().relation();
        String statement = value.equals(REPORTED) ? first.subject() + " — " + relation + " reported"
                : first.subject() + " — " + relation + ": " + value;
        int independent = (int) sources.stream().map(FactSource::origin).distinct().count();
        return new Fact(statement, first.subject(), relation, value, verdict, independent, sources);
    }

    private static FactSource source(Support s, Stance stance, Map<String, Origins.Origin> originOf) {
        Origins.Origin origin = originOf.get(s.article());
        // The credited speaker as the story names them: "the actress" of one outlet is Jennifer Love Hewitt.
        Optional<String> via = s.credit().flatMap(a -> a.via().or(() -> Optional.of(
                Names.isDescription(a.source()) || Character.isLowerCase(a.source().charAt(0)) ? origin.label() : a.source())));
        return new FactSource(s.article(), stance, s.shown().claim().value().text(), s.shown().claim().span(), via, origin.label());
    }
}
