package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Turns the words that name a speaker into a {@link Speaker}: the span is what the sentence says ("the
 * actress", "she", "Hollis Greaves"), and the entity is the one whose mention covers that span, or overlaps it
 * most, so that whatever the entity stage links (an epithet, a pronoun) carries its canonical name to the
 * quote. A mention that is only a possessor inside the span ("Kettering" in "Kettering's lawyer") does not name
 * the speaker. A speaker no entity covers keeps its words, and its words as its name when they are a proper
 * name ("per Complex"). Built per article; not shared between threads.
 */
final class Speakers {

    private record Placed(Mention mention, Entity entity) {
    }

    private final AnnotatedArticle article;
    private final List<Placed> mentions = new ArrayList<>();

    Speakers(AnnotatedArticle article) {
        this.article = article;
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                mentions.add(new Placed(m, e));
            }
        }
        mentions.sort(Comparator.comparing(p -> p.mention().span()));
    }

    /** The speaker named by tokens {@code [first, end)}. */
    Speaker of(int first, int end) {
        List<Token> tokens = article.tokens();
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return of(span, CuePhrases.isName(tokens, first, end));
    }

    /** The speaker of a noun phrase's head. */
    Speaker of(CuePhrases.Phrase phrase) {
        return of(phrase.headFirst(), phrase.headEnd());
    }

    /** The speaker named at {@code span}; {@code proper} says whether its words are a proper name. */
    Speaker of(Span span, boolean proper) {
        String text = article.article().text();
        Optional<Placed> best = Optional.empty();
        int bestOverlap = 0;
        for (Placed p : mentions) {
            Span m = p.mention().span();
            if (m.start() >= span.end()) {
                break;
            }
            int overlap = m.overlap(span);
            if (overlap == 0 || !m.contains(span.end() - 1)) {
                continue; // a modifier or possessor ("the Ghost Whisperer actress", "Kettering's lawyer")
            }
            if (overlap > bestOverlap || overlap == bestOverlap && best.isPresent()
                    && m.end() > best.get().mention().span().end()) {
                best = Optional.of(p);
                bestOverlap = overlap;
            }
        }
        String words = span.of(text);
        if (best.isPresent()) {
            Entity e = best.get().entity();
            return new Speaker(span, words, Optional.of(e.name()), Optional.of(e.id()));
        }
        return new Speaker(span, words, proper ? Optional.of(words) : Optional.empty(), Optional.empty());
    }
}
