package org.corroborate.engine.annotate;

import java.util.List;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * One sentence as a {@link LanguageAnalyzer} returns it.
 *
 * @param region the index of the region, among those passed to the analyzer, that holds the sentence
 * @param tokens at least one, in text order
 */
public record TaggedSentence(int region, List<Token> tokens) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence needs at least one token");
        }
    }

    public Span span() {
        return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }
}
