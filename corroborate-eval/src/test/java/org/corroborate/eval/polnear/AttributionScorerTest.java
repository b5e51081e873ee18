package org.corroborate.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

    private static final String TEXT = "“We had no choice,” the operator said. “Fuel doubled.” The council says it will review the fares.";

    private static Span at(String words) {
        int i = TEXT.indexOf(words);
        return new Span(i, i + words.length());
    }

    private static final GoldAttribution QUOTE = new GoldAttribution("E1", List.of(at("the operator")), List.of(at("said")),
            List.of(at("“We had no choice,”"), at("“Fuel doubled.”")));
    private static final GoldAttribution REPORTED = new GoldAttribution("E2", List.of(at("The council")), List.of(at("says")),
            List.of(at("it will review the fares")));
    private static final PolnearArticle ARTICLE = new PolnearArticle("x", "train", "a1", TEXT, List.of(QUOTE, REPORTED));

    @Test
    void aQuotationMatchesWhenItSharesHalfOfWhatBothCoverAndItsSpeakerIsJudgedByTheSource() {
        PredictedQuote whole = new PredictedQuote(new Span(1, at("Fuel doubled.").end()), Optional.of(at("the operator")), List.of());
        PredictedQuote reported = new PredictedQuote(at("it will review"), Optional.of(at("The council")), List.of());

        AttributionScores s = new AttributionScorer().score(ARTICLE, List.of(whole, reported)).scores();

        assertThat(s).isEqualTo(new AttributionScores(2, 2, 2, 1, 1, 1, 1));
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void lessThanHalfTheUnionIsNoMatchAndAWrongSpeakerCounts() {
        PredictedQuote fragment = new PredictedQuote(at("Fuel"), Optional.of(at("the operator")), List.of());
        PredictedQuote wrongSpeaker = new PredictedQuote(at("We had no choice"), Optional.of(at("The council")), List.of());

        AttributionScorer.Result r = new AttributionScorer().score(ARTICLE, List.of(fragment, wrongSpeaker));

        // "We had no choice" alone shares 16 of the 36 chars the two cover: not half. "Fuel" neither.
        assertThat(r.scores()).isEqualTo(new AttributionScores(2, 2, 0, 1, 0, 0, 0));
        assertThat(r.matchOf()).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void aSpeakerResolvedToAnEntityMentionedInTheSourceIsRight() {
        PredictedQuote q = new PredictedQuote(new Span(1, at("Fuel doubled.").end()), Optional.of(at("The council")),
                List.of(at("the operator")));
        assertThat(AttributionScorer.speakerRight(QUOTE, q)).isTrue();
        assertThat(AttributionScorer.speakerRight(QUOTE, new PredictedQuote(q.span(), Optional.empty(), List.of()))).isFalse();
    }

    @Test
    void eachAttributionAndEachQuotationIsInOnePairAtMost() {
        PredictedQuote a = new PredictedQuote(at("it will review the fares"), Optional.empty(), List.of());
        PredictedQuote b = new PredictedQuote(at("will review the fares"), Optional.empty(), List.of());
        AttributionScores s = new AttributionScorer().score(ARTICLE, List.of(a, b)).scores();
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
    }
}
