package org.corroborate.eval.gap;

import java.util.Objects;
import org.corroborate.model.Span;

/**
 * One GAP example: a snippet, its ambiguous pronoun and two candidate names, each with the gold answer.
 *
 * @param id      GAP's example id ("development-1")
 * @param text    the snippet, about a paragraph of Wikipedia
 * @param pronoun where the pronoun stands in {@code text}
 * @param a       the first candidate name
 * @param b       the second candidate name
 */
public record GapExample(String id, String text, Span pronoun, Candidate a, Candidate b) {

    /** A candidate name, where it stands in the snippet, and whether the pronoun refers to it. */
    public record Candidate(String name, Span span, boolean coref) {

        public Candidate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }
    }

    /** The pronoun's grammatical gender, which GAP reports scores by. */
    public enum Gender {
        MASCULINE, FEMININE
    }

    public GapExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pronoun, "pronoun");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        for (Span s : new Span[] {pronoun, a.span(), b.span()}) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(id + ": span " + s + " reaches past the snippet's " + text.length() + " chars");
            }
        }
        gender(pronoun.of(text));
    }

    public String pronounText() {
        return pronoun.of(text);
    }

    public Gender gender() {
        return gender(pronounText());
    }

    /** As GAP's {@code constants.PRONOUNS}: she, her, hers are feminine; he, him, his masculine. */
    static Gender gender(String pronoun) {
        return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "she", "her", "hers" -> Gender.FEMININE;
            case "he", "him", "his" -> Gender.MASCULINE;
            default -> throw new IllegalArgumentException("'" + pronoun + "' is not one of GAP's pronouns "
                    + "(he, him, his, she, her, hers)");
        };
    }
}
