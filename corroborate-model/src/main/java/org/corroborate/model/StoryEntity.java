package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One entity across a story's articles.
 *
 * @param aliases  every other name and description any outlet used for it
 * @param articles the ids of the articles that mention it
 */
public record StoryEntity(String name, EntityType type, List<String> aliases, List<String> articles) {

    public StoryEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
