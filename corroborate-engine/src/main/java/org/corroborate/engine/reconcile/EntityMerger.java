package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.StoryEntity;

/**
 * One entity across a story's articles: entities merge when their names match, whatever type each article's
 * tagger gave them (an unfamiliar name is a person in one article and a place in the next), or, for people, when
 * one name's words are all in the other's ("Hewitt" and "Jennifer Love Hewitt"). The story-level type is the one
 * most of the merged mentions give. An entity an article only describes ("the local fire chief") joins the named
 * entity of another article that was given the same description's head noun, or whose name ends in it ("the
 * mill", the Larkspur Mill), and shares the most of its words ("Fire Chief Dale Morrow", described as "fire
 * chief"). The story-level name is the longest name; aliases are every other name and description any article
 * used.
 */
final class EntityMerger {

    /**
     * The story's entities, and for each article's entity, keyed {@code articleId/entityId} and
     * {@code articleId/name}, the story-level name.
     */
    record Merged(List<StoryEntity> entities, Map<String, String> names) {

        /** The story-level name of what article {@code articleId} calls {@code name}, or the name itself. */
        String storyName(String articleId, String name) {
            return names.getOrDefault(articleId + "/" + name, name);
        }
    }

    private static final class Group {
        final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        String name;
        final Set<String> words = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final List<String> members = new ArrayList<>();
        final Set<String> descriptionWords = new LinkedHashSet<>();
        final Set<String> heads = new LinkedHashSet<>();
        /** The last words of its names, lower case: the noun a description of it may use ("mill"). */
        final Set<String> nameHeads = new LinkedHashSet<>();
        boolean named;

        Group(String name) {
            this.name = name;
        }

        /** The type most of its mentions were given. */
        EntityType type() {
            return EntityType.mostVoted(typeVotes);
        }
    }

    Merged merge(List<ArticleFacts> articles) {
        List<Group> groups = new ArrayList<>();
        List<Map.Entry<String, Entity>> described = new ArrayList<>();
        for (ArticleFacts facts : articles) {
            String articleId = facts.article().id();
            for (Entity e : facts.annotated().entities()) {
                if (isNamed(e)) {
                    add(groups, articleId, e, find(groups, e));
                } else {
                    described.add(Map.entry(articleId, e));
                }
            }
        }
        for (Map.Entry<String, Entity> d : described) {
            Entity e = d.getValue();
            Group g = byDescription(groups, e);
            add(groups, d.getKey(), e, g != null ? g : find(groups, e));
        }
        List<StoryEntity> entities = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Group g : groups) {
            g.aliases.remove(g.name);
            entities.add(new StoryEntity(g.name, g.type(), List.copyOf(g.aliases), List.copyOf(g.articles)));
            for (String member : g.members) {
                names.put(member, g.name);
            }
        }
        return new Merged(entities, names);
    }

    private static void add(List<Group> groups, String articleId, Entity e, Group found) {
        Group g = found;
        if (g == null) {
            g = new Group(e.name());
            groups.add(g);
        }
        g.typeVotes.merge(e.type(), e.mentions().size(), Integer::sum);
        if (isNamed(e) && (!g.named || e.name().length() > g.name.length())) {
            g.aliases.add(g.name);
            g.name = e.name();
            g.named = true;
        }
        g.words.addAll(words(e.name()));
        if (isNamed(e)) {
            g.nameHeads.add(head(e.name()));
        }
        g.articles.add(articleId);
        g.members.add(articleId + "/" + e.id());
        g.members.add(articleId + "/" + e.name());
        for (Mention m : e.mentions()) {
            if (m.kind() != MentionKind.PRONOUN) {
                g.aliases.add(m.text());
            }
        }
        g.aliases.addAll(e.descriptions());
        for (String d : e.descriptions()) {
            g.descriptionWords.addAll(words(d));
            g.heads.add(head(d));
        }
    }

    /** An entity an article names, not only describes. */
    private static boolean isNamed(Entity e) {
        return e.mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }

    /**
     * The named group a described entity is: one of the same type given a description with the same head noun, or
     * one whose name ends in that noun, and of those the one sharing the most description words; none when two
     * tie, since a guess would merge two people.
     */
    private static Group byDescription(List<Group> groups, Entity e) {
        Group best = null;
        int bestShared = -1;
        boolean tie = false;
        for (String d : e.descriptions()) {
            String head = head(d);
            Set<String> mine = words(d);
            for (Group g : groups) {
                boolean byName = g.nameHeads.contains(head);
                if (!g.named || !byName && (g.type() != e.type() || !g.heads.contains(head))) {
                    continue;
                }
                int shared = 0;
                for (String w : mine) {
                    shared += g.descriptionWords.contains(w) ? 1 : 0;
                }
                if (shared > bestShared) {
                    best = g;
                    bestShared = shared;
                    tie = false;
                } else if (shared == bestShared && g != best) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    private static String head(String description) {
        Set<String> w = words(description);
        String last = "";
        for (String x : w) {
            last = x;
        }
        return last;
    }

    private static Group find(List<Group> groups, Entity e) {
        Set<String> words = words(e.name());
        for (Group g : groups) {
            if (g.name.equalsIgnoreCase(e.name())) {
                return g;
            }
            if (e.type() == EntityType.PERSON && g.type() == EntityType.PERSON
                    && (g.words.containsAll(words) || words.containsAll(g.words))) {
                return g;
            }
        }
        return null;
    }

    private static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s'’\"“”]+")) {
            if (!w.isEmpty() && !w.equals("s")) {
                words.add(w);
            }
        }
        return words;
    }
}
