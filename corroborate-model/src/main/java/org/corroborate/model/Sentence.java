package org.corroborate.model;

import java.util.Objects;

/**
 * One sentence: its span and the range {@code [firstToken, endToken)} of its tokens in
 * {@link AnnotatedArticle#tokens()}.
 *
 * @param block the index in {@link Article#blocks()} of the block the sentence lies in
 */
public record Sentence(Span span, int firstToken, int endToken, int block) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken || block < 0) {
            throw new IllegalArgumentException("sentence " + span + ": bad token range [" + firstToken + ", "
                    + endToken + ") or block " + block);
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
