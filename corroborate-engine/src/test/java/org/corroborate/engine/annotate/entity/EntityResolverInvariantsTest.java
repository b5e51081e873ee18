package org.corroborate.engine.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Random words with random tags through the resolver: it never fails, and every mention lies inside the text,
 * in order within its entity, no two entities share one, and its text is the text at its span.
 */
class EntityResolverInvariantsTest {

    private static final String[] WORDS = {"the", "The", "singer", "actress", "she", "he", "her", "his", "I", "it", "its",
        "they", "who", "Ann", "Bo", "Vale", "Kerr", "and", "of", "'s", ",", ".", "\"", "“", "”", "‘", "’", ":", "said",
        "told", "album", "video", "Hero", "(", ")", "star", "that", "a", "Mr.", "-", "late", "Queen", "in", "was"};
    private static final String[] TAGS = {"DT", "NN", "NNS", "NNP", "PRP", "PRP$", "VBD", "VBZ", "VBN", "IN", "CC",
        "POS", ",", ".", "``", "''", ":", "JJ", "RB", "WP", "CD", "-LRB-", "-RRB-", "HYPH", "TO", "MD"};
    private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};

    @RepeatedTest(300)
    void randomTaggedTextKeepsEveryInvariant() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int first = tokens.size();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (text.length() > 0) {
                    text.append(random.nextInt(6) == 0 ? "\n" : " ");
                }
                String w = WORDS[random.nextInt(WORDS.length)];
                int start = text.length();
                text.append(w);
                tokens.add(new Token(new Span(start, text.length()), w, TAGS[random.nextInt(TAGS.length)], w,
                        NER[random.nextInt(NER.length)]));
                if (random.nextInt(8) == 0 || i == n - 1) {
                    sentences.add(new Sentence(new Span(tokens.get(first).span().start(), text.length()), first,
                            tokens.size(), p));
                    first = tokens.size();
                }
            }
            text.append("\n\n");
        }
        String s = text.toString();
        List<Entity> entities = new EntityResolver().resolve(s, sentences, tokens);

        List<Span> seen = new ArrayList<>();
        for (Entity e : entities) {
            assertThat(e.mentions()).as("seed %d", seed).isNotEmpty();
            Span previous = null;
            for (Mention m : e.mentions()) {
                assertThat(m.span().end()).as("seed %d", seed).isLessThanOrEqualTo(s.length());
                assertThat(m.span().isEmpty()).as("seed %d", seed).isFalse();
                assertThat(m.span().of(s)).as("seed %d", seed).isEqualTo(m.text());
                if (previous != null) {
                    assertThat(m.span().compareTo(previous)).as("seed %d", seed).isPositive();
                }
                previous = m.span();
                assertThat(seen).as("seed %d: a span in two entities: %s", seed, entities).doesNotContain(m.span());
            }
            seen.addAll(e.mentions().stream().map(Mention::span).toList());
        }
    }
}
