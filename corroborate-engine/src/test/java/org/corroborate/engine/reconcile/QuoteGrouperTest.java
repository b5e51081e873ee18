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

    /** A direct quote split by its cue: the span covers both halves and the cue, the parts only the words. */
    private static Quote split(Article a, String first, String second) {
        int s1 = a.text().indexOf(first);
        int s2 = a.text().indexOf(second);
        Span span = new Span(s1, s2 + second.length());
        return new Quote(span, span.of(a.text()), QuoteKind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Span(s1, s1 + first.length()), new Span(s2, s2 + second.length())));
    }

    @Test
    void aSplitQuotationIsComparedByItsWordsNotItsCue() {
        Article a = article("a", "Courier", "\"The ferry sails at nine,\" the harbour master said. \"Be there by half past eight.\"");
        Article b = article("b", "Pulse", "\"The ferry sails at nine. Be there by half past eight,\" he said.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(split(a, "The ferry sails at nine", "Be there by half past eight.")), List.of()),
                facts(b, List.of(quote(b, "The ferry sails at nine. Be there by half past eight", QuoteKind.DIRECT)), List.of()));

        List<QuoteGroup> groups = new QuoteGrouper().group(story, Map.of());

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.variants().get(0).text()).isEqualTo("The ferry sails at nine … Be there by half past eight.");
            assertThat(g.differences()).isEmpty();
        });
    }

    @Test
    void aShortLeadingWordIsADifferenceALongOneIsQuotingMore() {
        Article a = article("a", "Courier", "\"We rowed out at dawn and the sea was flat as glass,\" she said.");
        Article b = article("b", "Pulse", "She told Channel 9:\n\nSo we rowed out at dawn and the sea was flat as glass.");
        Article c = article("c", "Ledger", "\"Nobody slept the night before the race. We rowed out at dawn and the sea was flat as glass,\" she said.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(quote(a, "We rowed out at dawn and the sea was flat as glass", QuoteKind.DIRECT)), List.of()),
                facts(b, List.of(quote(b, "So we rowed out at dawn and the sea was flat as glass.", QuoteKind.BLOCK)), List.of()),
                facts(c, List.of(quote(c, "Nobody slept the night before the race. We rowed out at dawn and the sea was flat as glass",
                        QuoteKind.DIRECT)), List.of()));

        List<QuoteGroup> groups = new QuoteGrouper().group(story, Map.of());

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.variants()).hasSize(3);
            assertThat(g.differences()).singleElement().satisfies(d -> {
                assertThat(d.article()).isEqualTo("b");
                assertThat(d.edits()).containsExactly(new WordEdit("", "So"));
            });
        });
    }

    @Test
    void contractionsAlignWithTheirLongForm() {
        Article a = article("a", "Courier", "\"I would rather sail home than swim home,\" he said.");
        Article b = article("b", "Pulse", "\"I have sailed for forty years and the boat is tired. I'd rather sail home than swim,\" he said.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(quote(a, "I would rather sail home than swim home", QuoteKind.DIRECT)), List.of()),
                facts(b, List.of(quote(b, "I have sailed for forty years and the boat is tired. I'd rather sail home than swim",
                        QuoteKind.DIRECT)), List.of()));

        List<QuoteGroup> groups = new QuoteGrouper().group(story, Map.of());

        // The fuller wording (b) is the one the other is compared with.
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.differences()).singleElement().satisfies(d -> {
            assertThat(d.article()).isEqualTo("a");
            assertThat(d.against()).isEqualTo("b");
            assertThat(d.edits()).containsExactly(new WordEdit("I'd", "I would"), new WordEdit("", "home"));
        }));
    }

    @Test
    void aMixedQuoteJoinsByItsQuotedWordsAndWordsInOtherOrderDoNot() {
        Article a = article("a", "Courier", "The warden said the council had \"broken every promise it made\" to the town.");
        Article b = article("b", "Pulse", "Council \"Broken Every Promise\", Warden Says");
        Article c = article("c", "Ledger", "\"Every promise made to it, the town has broken,\" a councillor said.");
        Span mixed = new Span(a.text().indexOf("the council"), a.text().indexOf(" to the town"));
        int words = a.text().indexOf("broken every");
        Quote m = new Quote(mixed, mixed.of(a.text()), QuoteKind.MIXED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Span(words, words + "broken every promise it made".length())));
        List<ArticleFacts> story = List.of(
                facts(a, List.of(m), List.of()),
                facts(b, List.of(quote(b, "Broken Every Promise", QuoteKind.DIRECT)), List.of()),
                facts(c, List.of(quote(c, "Every promise made to it, the town has broken", QuoteKind.DIRECT)), List.of()));

        List<QuoteGroup> groups = new QuoteGrouper().group(story, Map.of());

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).variants()).extracting(v -> v.article()).containsExactly("a", "b");
        assertThat(groups.get(0).variants().get(0).text()).isEqualTo("broken every promise it made");
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
