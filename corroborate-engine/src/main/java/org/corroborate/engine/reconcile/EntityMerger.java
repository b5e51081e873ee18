package org.corroborate.engine.reconcile;

import java.util.ArrayList;
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
 * One entity across a story's articles: entities of the same type merge when their names match, or, for
 * people, when one name's words are all in the other's ("Hewitt" and "Jennifer Love Hewitt"). The story-level
 * name is the longest; aliases are every other name and description any article used.
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
        final EntityType type;
        String name;
        final Set<String> words = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final List<String> members = new ArrayList<>();

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    Merged merge(List<ArticleFacts> articles) {
        List<Group> groups = new ArrayList<>();
        for (ArticleFacts facts : articles) {
            String articleId = facts.article().id();
            for (Entity e : facts.annotated().entities()) {
                Group g = find(groups, e);
                if (g == null) {
                    g = new Group(e.type(), e.name());
                    groups.add(g);
                }
                if (e.name().length() > g.name.length()) {
                    g.aliases.add(g.name);
                    g.name = e.name();
                }
                g.words.addAll(words(e.name()));
                g.articles.add(articleId);
                g.members.add(articleId + "/" + e.id());
                g.members.add(articleId + "/" + e.name());
                for (Mention m : e.mentions()) {
                    if (m.kind() != MentionKind.PRONOUN) {
                        g.aliases.add(m.text());
                    }
                }
                g.aliases.addAll(e.descriptions());
            }
        }
        List<StoryEntity> entities = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Group g : groups) {
            g.aliases.remove(g.name);
            entities.add(new StoryEntity(g.name, g.type, List.copyOf(g.aliases), List.copyOf(g.articles)));
            for (String member : g.members) {
                names.put(member, g.name);
            }
        }
        return new Merged(entities, names);
    }

    private static Group find(List<Group> groups, Entity e) {
        Set<String> words = words(e.name());
        for (Group g : groups) {
            if (g.type != e.type()) {
                continue;
            }
            if (g.name.equalsIgnoreCase(e.name())) {
                return g;
            }
            if (e.type() == EntityType.PERSON && (g.words.containsAll(words) || words.containsAll(g.words))) {
                return g;
            }
        }
        return null;
    }

    private static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s'’]+")) {
            if (!w.isEmpty() && !w.equals("s")) {
                words.add(w);
            }
        }
        return words;
    }
}
