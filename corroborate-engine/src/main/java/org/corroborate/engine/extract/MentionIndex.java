package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.Span;

/**
 * An article's entity mentions in text order, for finding who a clause is about: the mention nearest before or
 * after an offset within a range, of the wanted entity types. Built per article; not shared between threads.
 */
final class MentionIndex {

    /** A mention and the entity it belongs to. */
    record Placed(Mention mention, Entity entity) {
        Span span() {
            return mention.span();
        }
    }

    private final List<Placed> placed = new ArrayList<>();

    MentionIndex(AnnotatedArticle article) {
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                placed.add(new Placed(m, e));
            }
        }
        placed.sort(Comparator.comparing(Placed::span));
    }

    /** The mention ending last at or before {@code offset} and starting at or after {@code from}. */
    Optional<Placed> lastBefore(int offset, int from, Set<EntityType> types) {
        Placed best = null;
        for (Placed p : placed) {
            if (p.span().start() >= offset) {
                break;
            }
            if (p.span().start() >= from && p.span().end() <= offset && types.contains(p.entity().type())
                    && (best == null || p.span().end() >= best.span().end())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first mention starting at or after {@code offset} and ending at or before {@code to}. */
    Optional<Placed> firstAfter(int offset, int to, Set<EntityType> types) {
        for (Placed p : placed) {
            if (p.span().start() >= offset && p.span().end() <= to && types.contains(p.entity().type())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every mention inside {@code range}, in text order. */
    List<Placed> within(Span range, Set<EntityType> types) {
        return placed.stream().filter(p -> range.contains(p.span()) && types.contains(p.entity().type())).toList();
    }
}
