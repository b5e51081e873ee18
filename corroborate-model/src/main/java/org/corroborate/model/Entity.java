package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * Something an article refers to, with every mention of it in that article.
 *
 * @param id           unique within its article
 * @param name         the canonical name: the fullest name the article uses, or the best description where the
 *                     article never names it
 * @param descriptions the epithets and roles the article gives it ("actress", "Ghost Whisperer actress",
 *                     "music mogul"), which the story-level step uses to merge entities across articles
 * @param mentions     in text order
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        Gender gender,
        List<String> descriptions,
        List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gender, "gender");
        descriptions = List.copyOf(descriptions);
        mentions = List.copyOf(mentions);
    }
}
