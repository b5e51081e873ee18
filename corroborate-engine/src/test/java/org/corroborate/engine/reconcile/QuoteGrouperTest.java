package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.engine.TestArticles.article;
import static org.corroborate.engine.TestArticles.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.corroborate.model.WordEdit;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

    private static Quote quote(Article a, String words, QuoteKind kind) {
        int at = a.text().indexOf(words);
        return new Quote(new Span(at, at + words.length()), words, kind, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void oneOutletsTwoQuotesAndAnothersOneBlockAreOneQuotationWithTheirWordDifferences() {
        String q1 = "The hardest part of the rescue that I don't know if anyone saw is that the boat had no lights.";
        String q2 = "We waited in the dark for an hour, and then the wind dropped.";
        Article courier = article("a", "Courier", "\"" + q1 + "\" the captain said. \"" + q2 + "\" she added.");
        String block = "The hardest part of the rescue that I don't think anyone saw is that the boat had no lights. "
                + "We waited in the dark for an hour and then the wind dropped.";
        String headline = "the boat had no lights";
        Article pulse = article("b", "Pulse", "\"" + headline + "\": captain recalls rescue\n\nShe told Channel 9:\n\n" + block);
        List<ArticleFacts> story = List.of(
                facts(courier, List.of(quote(courier, q1, QuoteKind.DIRECT), quote(courier, q2, QuoteKind.DIRECT)), List.of()),
                facts(pulse, List.of(quote(pulse, headline, QuoteKind.DIRECT), quote(pulse, block, QuoteKind.BLOCK)), List.of()));

        List<QuoteGroup> groups = new QuoteGrouper().group(story, Map.of());

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.variants()).extracting(v -> v.article()).containsExactly("a", "a", "b", "b");
            assertThat(g.differences()).singleElement().satisfies(d -> {
                assertThat(d.article()).isEqualTo("b");
                assertThat(d.against()).isEqualTo("a");
                assertThat(d.edits()).containsExactly(new WordEdit("know if", "think"));
            });
        });
    }

    @Test
    void unrelatedQuotesStayApartAndIndirectSpeechIsNotGrouped() {
        Article a = article("a", "Courier", "\"The bridge will reopen in May after repairs,\" he said. Officials said that the bridge will reopen.");
        Article b = article("b", "Pulse", "\"Nobody expected the river to rise this fast,\" a resident said.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(quote(a, "The bridge will reopen in May after repairs", QuoteKind.DIRECT),
                        quote(a, "the bridge will reopen", QuoteKind.INDIRECT)), List.of()),
                facts(b, List.of(quote(b, "Nobody expected the river to rise this fast", QuoteKind.DIRECT)), List.of()));
        assertThat(new QuoteGrouper().group(story, Map.of())).hasSize(2).allSatisfy(g -> assertThat(g.variants()).hasSize(1));
    }
}
