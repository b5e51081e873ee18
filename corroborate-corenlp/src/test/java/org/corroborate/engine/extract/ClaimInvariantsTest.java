package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Claim;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction on random articles stitched from news-like pieces and noise (unbalanced quotation marks,
 * no-break spaces, stray punctuation, empty paragraphs): no exception, and every claim's evidence is one of the
 * article's sentences, with a subject, a relation and a value.
 */
class ClaimInvariantsTest {

    private static final String[] PIECES = {
        "Mara Voss died in a car crash near Tarrow on March 3, 2023.", "Three people are dead after a fire, the chief said.",
        "per Marquee, Orr was pictured at the party", "\"We were close friends,\" she said", "Ansel Dorr, 58, was arrested",
        "The 34-year-old striker", "according to police", "killed four people late Thursday", "More than a dozen people were hurt",
        "The mill, built in 1887,", "dates from the 19th century", "which also starred Ina Roe and Tomas Orr", "Sixty-two firefighters",
        "“", "”", "\"", ",", ";", ":", "--", "(CPS)", "\u00A0", "  ", "told WKRT early Friday", "on Thursday night", "who", "that",
        "Bramford, a town of about 9,000 people in the Kell Valley,", "the R&B star", "passed away", "Hero", "'s", "’", "42", "%",
    };

    @Test
    void everyClaimPointsAtOneOfItsArticlesSentences() {
        int claims = 0;
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < random.nextInt(14); k++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? ". " : " ");
                }
                paragraphs.add(text.toString().strip().isEmpty() ? "Nothing happened." : text.toString().strip());
            }
            ArticleFacts facts = Invented.article("r" + seed, "Random Post", LocalDate.of(2024, 10, 11), paragraphs.toArray(String[]::new));
            List<Span> sentences = facts.annotated().sentences().stream().map(Sentence::span).toList();
            claims += facts.claims().size();
            for (Claim c : facts.claims()) {
                assertThat(sentences).as("seed %d: %s", seed, c).contains(c.span());
                assertThat(c.subject()).isNotBlank();
                assertThat(c.relation()).isNotBlank();
                assertThat(c.value().normalized()).isNotBlank();
                c.attribution().ifPresent(a -> assertThat(a.source()).isNotBlank());
                c.entity().ifPresent(id -> assertThat(facts.annotated().entity(id)).isPresent());
            }
        }
        assertThat(claims).as("the pieces make claims, so the invariants are tested").isGreaterThan(60);
    }
}
