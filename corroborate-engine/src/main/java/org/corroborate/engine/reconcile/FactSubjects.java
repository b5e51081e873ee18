package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Claim;
import org.corroborate.model.EntityType;
import org.corroborate.model.StoryEntity;

/**
 * The story-level subject of each claim:
 * <ol>
 *   <li>a claim about an entity of its article takes the entity's story-level name ({@link EntityMerger});</li>
 *   <li>a subject the article names without an entity (a work from its title, "Hero") takes the story entity of
 *       that name, if there is one;</li>
 *   <li>a subject the article only describes ("the innovative R&B star") takes the story entity the description
 *       fits ({@link StoryNames#described}), else the one story entity whose other claims fit its claims best: the
 *       most claims of the same relations with compatible values, at least one of them giving a value, and no
 *       other entity fitting as many ("the R&B star" who died in a plane crash in the Bahamas, in a story where
 *       Aaliyah is the one who died in a plane crash in the Bahamas);</li>
 *   <li>anything else (an incident, "fire") stays as the article words it.</li>
 * </ol>
 * Credits are renamed the same way, so that "Hewitt" in one article and "Jennifer Love Hewitt" in another are one
 * speaker. Built per story; not shared between threads.
 */
final class FactSubjects {

    private static final Set<EntityType> SUBJECTS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK,
            EntityType.OTHER, EntityType.EVENT);
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final String REPORTED = "reported";

    private final StoryNames names;
    private final EntityMerger.Merged merged;
    private final ValueComparison values;

    FactSubjects(StoryNames names, EntityMerger.Merged merged, ValueComparison values) {
        this.names = names;
        this.merged = merged;
        this.values = values;
    }

    /** Every claim of the story, in article order, with its story-level subject and credit. */
    List<FactReconciler.Stated> align(List<ArticleFacts> articles) {
        List<FactReconciler.Stated> stated = new ArrayList<>();
        List<Boolean> described = new ArrayList<>();
        for (ArticleFacts facts : articles) {
            String id = facts.article().id();
            for (Claim c : facts.claims()) {
                Optional<String> entity = c.entity().map(e -> merged.names().getOrDefault(id + "/" + e, c.subject()));
                // A name the story knows under a longer one ("Voss") takes the longer; one that folds to the same
                // ("Hero" for "Hero music") stays as the article writes it.
                Optional<String> named = entity.or(() -> names.named(c.subject()).map(StoryEntity::name)
                        .map(n -> Names.fold(n).equals(Names.fold(c.subject())) ? c.subject() : n));
                boolean isDescription = named.isEmpty() && Names.isDescription(c.subject());
                String subject = named.or(() -> isDescription ? names.described(c.subject(), SUBJECTS).map(StoryEntity::name) : Optional.empty())
                        .orElse(c.subject());
                Optional<Attribution> credit = c.attribution().map(a -> new Attribution(speaker(id, a.source()), a.via()));
                stated.add(new FactReconciler.Stated(id, facts, c, subject, credit));
                described.add(isDescription && subject.equals(c.subject()));
            }
        }
        List<FactReconciler.Stated> out = new ArrayList<>(stated);
        for (int i = 0; i < stated.size(); i++) {
            if (described.get(i)) {
                String description = stated.get(i).subject();
                String article = stated.get(i).article();
                Optional<String> fit = bestFit(stated, described, article, description);
                if (fit.isPresent()) {
                    FactReconciler.Stated s = stated.get(i);
                    out.set(i, new FactReconciler.Stated(s.article(), s.facts(), s.claim(), fit.get(), s.attribution()));
                }
            }
        }
        return out;
    }

    /** The speaker's story-level name: the entity the article's name for it belongs to, else the name as given. */
    private String speaker(String article, String source) {
        String storyName = merged.storyName(article, source);
        return names.resolve(storyName, SPEAKERS).map(StoryEntity::name).orElse(storyName);
    }

    /**
     * The named subject whose claims fit the claims an article makes of {@code description}: for each such claim
     * with a value, a point for each candidate that has, in any article, a claim of the same relation with a
     * compatible value; each relation counts once.
     */
    private Optional<String> bestFit(List<FactReconciler.Stated> stated, List<Boolean> described, String article, String description) {
        List<FactReconciler.Stated> mine = new ArrayList<>();
        for (int i = 0; i < stated.size(); i++) {
            if (described.get(i) && stated.get(i).article().equals(article) && stated.get(i).subject().equals(description)) {
                mine.add(stated.get(i));
            }
        }
        Map<String, Set<String>> fits = new LinkedHashMap<>();
        for (int i = 0; i < stated.size(); i++) {
            FactReconciler.Stated other = stated.get(i);
            if (described.get(i) || names.named(other.subject()).isEmpty()) {
                continue;
            }
            for (FactReconciler.Stated m : mine) {
                if (m.claim().relation().equals(other.claim().relation()) && !m.value().equals(REPORTED)
                        && m.kind() == other.kind() && values.compatible(m.kind(), m.value(), other.value())) {
                    fits.computeIfAbsent(other.subject(), k -> new HashSet<>()).add(m.claim().relation());
                }
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Set<String>> e : fits.entrySet()) {
            if (e.getValue().size() > top) {
                best = e.getKey();
                top = e.getValue().size();
                tie = false;
            } else if (e.getValue().size() == top) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }
}
