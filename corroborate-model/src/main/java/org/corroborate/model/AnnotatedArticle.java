package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with its linguistic annotation: sentences and tokens of its body blocks, the entities it refers
 * to and its time expressions, each list in text order.
 */
public record AnnotatedArticle(
        Article article,
        List<Sentence> sentences,
        List<Token> tokens,
        List<Entity> entities,
        List<TimeExpression> times) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence holding {@code offset}, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span span = sentences.get(mid).span();
            if (offset < span.start()) {
                hi = mid - 1;
            } else if (offset >= span.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(sentences.get(mid));
            }
        }
        return Optional.empty();
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
