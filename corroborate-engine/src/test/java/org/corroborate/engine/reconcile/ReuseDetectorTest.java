package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.LineAnalyzer;
import org.corroborate.engine.TestArticles;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Cue;
import org.corroborate.model.Published;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.corroborate.model.TextReuse;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {

    private static final String HARBOUR = "Crews fought the blaze at the Quillon boatyard for most of Tuesday night. "
            + "The fire broke out shortly after eight in the paint store and spread to two sheds within the hour. "
            + "Forty firefighters from the town and three neighbouring villages were called to the yard. "
            + "The owner said he would rebuild.";

    private static final String COPY = "Is the boatyard finished? "
            + "Nobody can say yet what the damage will cost the owners. "
            + "The blaze broke out shortly after eight in the paint store and spread to two sheds within the hour. "
            + "Forty firefighters from the town and three neighboring villages were called to the yard. "
            + "Readers can send their photographs to the newsroom.";

    private final ReuseDetector detector = new ReuseDetector();
    private final Annotator annotator = new Annotator(new LineAnalyzer());

    private ArticleFacts article(String id, String text, Optional<Published> published, List<Quote> quotes) {
        Article a = TestArticles.article(id, id + " Outlet", text);
        a = new Article(a.id(), a.source(), a.url(), a.metadata().withPublished(published), a.text(), a.blocks());
        return new ArticleFacts(annotator.apply(a), quotes, List.of());
    }

    private static Span span(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to) + to.length();
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return new Span(start, end);
    }

    private static Optional<Published> on(int day) {
        return Optional.of(Published.on(LocalDate.of(2024, 5, day)));
    }

    @Test
    void aCopiedPassageWithTwoWordsChangedIsOneReuseSpanningItsSentencesInBothArticles() {
        ArticleFacts courier = article("courier", HARBOUR, on(7), List.of());
        ArticleFacts brisk = article("brisk", COPY, on(10), List.of());

        List<TextReuse> reuse = detector.detect(List.of(courier, brisk));

        assertThat(reuse).hasSize(1);
        TextReuse r = reuse.get(0);
        assertThat(r.from()).isEqualTo("courier");
        assertThat(r.to()).isEqualTo("brisk");
        assertThat(r.fromSpan()).isEqualTo(span(HARBOUR, "The fire broke out", "called to the yard."));
        assertThat(r.toSpan()).isEqualTo(span(COPY, "The blaze broke out", "called to the yard."));
        assertThat(r.similarity()).isBetween(0.9, 0.99);
        assertThat(r.directed()).isTrue();
    }

    @Test
    void theEarlierPublicationIsTheOriginWhateverOrderTheArticlesJoinedIn() {
        ArticleFacts courier = article("courier", HARBOUR, Optional.of(Published.at(OffsetDateTime.parse("2024-05-07T18:00:00-04:00"))), List.of());
        ArticleFacts brisk = article("brisk", COPY, Optional.of(Published.at(OffsetDateTime.parse("2024-05-07T09:00:00-04:00"))), List.of());

        List<TextReuse> reuse = detector.detect(List.of(courier, brisk));

        assertThat(reuse).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("brisk");
            assertThat(r.to()).isEqualTo("courier");
            assertThat(r.directed()).isTrue();
        });
    }

    @Test
    void withoutDatesTheFirstToJoinIsTakenAsTheOriginAndTheReuseIsUndirected() {
        ArticleFacts brisk = article("brisk", COPY, Optional.empty(), List.of());
        ArticleFacts courier = article("courier", HARBOUR, on(7), List.of());

        assertThat(detector.detect(List.of(brisk, courier))).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("brisk");
            assertThat(r.directed()).isFalse();
        });
    }

    @Test
    void twoReportsOfTheSameFactsInTheirOwnWordsAreNoReuse() {
        String own = "Fire ripped through two sheds at the Quillon boatyard on Tuesday evening after starting in a paint store "
                + "just after eight. About forty firefighters, some from nearby villages, attended the scene.";
        ArticleFacts courier = article("courier", HARBOUR, on(7), List.of());
        ArticleFacts ledger = article("ledger", own, on(8), List.of());

        assertThat(detector.detect(List.of(courier, ledger))).isEmpty();
    }

    @Test
    void quotingTheSameWordsIsNoReuseWhenTheSentencesAroundThemDiffer() {
        String words = "We lost the paint store and two sheds but nobody was hurt and we will rebuild";
        String first = "Speaking at the gate on Wednesday morning, the owner Tamsin Orell said: \"" + words + ".\"";
        String second = "\"" + words + ",\" Orell told reporters.";
        ArticleFacts a = article("a", first, on(7), List.of(quote(first, words)));
        ArticleFacts b = article("b", second, on(8), List.of(quote(second, words)));

        assertThat(detector.detect(List.of(a, b))).isEmpty();
    }

    @Test
    void aLoneShortSentenceWordedAlikeIsNoReuseButALongOneCopiedIs() {
        String shortOne = "The harbour master said the cause of the fire is still being investigated by the county.";
        String longOne = "The yard had been building wooden fishing boats on the same slipway since 1911 and employed "
                + "fourteen people, most of them from families that had worked there for three generations.";
        ArticleFacts a = article("a", "Smoke hung over Quillon all day. " + shortOne + " " + longOne, on(7), List.of());
        ArticleFacts b = article("b", longOne.replace("wooden", "timber") + " Boats were moved out of the basin. "
                + shortOne.replace("still being", "being"), on(8), List.of());

        List<TextReuse> reuse = detector.detect(List.of(a, b));

        assertThat(reuse).singleElement().satisfies(r -> assertThat(r.fromSpan()).isEqualTo(span(a.article().text(),
                "The yard had", "three generations.")));
    }

    @Test
    void anArticleGivenTwiceIsNotAReuseOfItself() {
        ArticleFacts once = article("courier", HARBOUR, on(7), List.of());
        assertThat(detector.detect(List.of(once, once))).isEmpty();
    }

    private static Quote quote(String text, String words) {
        int at = text.indexOf(words);
        return new Quote(new Span(at, at + words.length()), words, QuoteKind.DIRECT, Optional.empty(),
                Optional.<Cue>empty(), Optional.empty(), Optional.empty());
    }
}
