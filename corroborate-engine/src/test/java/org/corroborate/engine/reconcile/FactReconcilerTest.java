package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.engine.TestArticles.article;
import static org.corroborate.engine.TestArticles.claim;
import static org.corroborate.engine.TestArticles.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Fact;
import org.corroborate.model.Stance;
import org.corroborate.model.TextReuse;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class FactReconcilerTest {

    private static final EntityMerger.Merged NO_NAMES = new EntityMerger.Merged(List.of(), Map.of());

    private final FactReconciler reconciler = new FactReconciler();

    private static ArticleFacts dated(String id, String outlet, String text, String when, String value,
            Optional<Attribution> attribution) {
        Article a = article(id, outlet, text);
        return facts(a, List.of(), List.of(claim(a, when, "Mara Voss", "death date", when, value, ValueKind.DATE, attribution)));
    }

    @Test
    void aDateInsideAnotherIsMoreSpecificNotAConflict() {
        ArticleFacts vague = dated("a", "Courier", "Mara Voss died in March 2023.", "March 2023", "2023-03", Optional.empty());
        ArticleFacts exact = dated("b", "Pulse", "Mara Voss died on March 3, 2023.", "March 3, 2023", "2023-03-03", Optional.empty());
        Fact fact = reconciler.reconcile(List.of(vague, exact), NO_NAMES, List.of()).get(0);
        assertThat(fact.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(fact.value()).isEqualTo("2023-03-03");
        assertThat(fact.sources()).extracting(s -> s.stance()).containsExactly(Stance.LESS_SPECIFIC, Stance.MORE_SPECIFIC);
        assertThat(fact.independentSources()).isEqualTo(2);
    }

    @Test
    void differentNumbersConflict() {
        Article a = article("a", "Courier", "The fire killed 12 people.");
        Article b = article("b", "Pulse", "The fire killed 14 people.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(), List.of(claim(a, "killed 12", "fire", "death toll", "killed 12", "12", ValueKind.NUMBER, Optional.empty()))),
                facts(b, List.of(), List.of(claim(b, "killed 14", "fire", "death toll", "killed 14", "14", ValueKind.NUMBER, Optional.empty()))));
        Fact fact = reconciler.reconcile(story, NO_NAMES, List.of()).get(0);
        assertThat(fact.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(fact.sources()).extracting(s -> s.stance()).containsExactly(Stance.STATES, Stance.CONFLICTS);
    }

    @Test
    void outletsCitingOneInterviewOrCopyingOneTextCountOnce() {
        Optional<Attribution> interview = Optional.of(new Attribution("Ines Roa", Optional.of("Channel 9")));
        ArticleFacts a = dated("a", "Courier", "Mara Voss died in March 2023, Ines Roa told Channel 9.", "March 2023", "2023-03", interview);
        ArticleFacts b = dated("b", "Pulse", "Mara Voss died in March 2023, Roa told Channel 9.", "March 2023", "2023-03", interview);
        ArticleFacts c = dated("c", "Ledger", "Mara Voss died in March 2023.", "March 2023", "2023-03", Optional.empty());
        ArticleFacts d = dated("d", "Echo", "Mara Voss died in March 2023.", "March 2023", "2023-03", Optional.empty());
        TextReuse copied = new TextReuse("c", new Span(0, 10), "d", new Span(0, 10), 1.0);
        Fact fact = reconciler.reconcile(List.of(a, b, c, d), NO_NAMES, List.of(copied)).get(0);
        assertThat(fact.verdict()).isEqualTo(Verdict.AGREED);
        assertThat(fact.sources()).hasSize(4);
        assertThat(fact.independentSources()).isEqualTo(2);
        assertThat(fact.sources().get(0).via()).contains("Channel 9");
    }

    @Test
    void oneOutletAloneIsASingleSource() {
        ArticleFacts a = dated("a", "Courier", "Mara Voss died in March 2023.", "March 2023", "2023-03", Optional.empty());
        Fact fact = reconciler.reconcile(List.of(a), NO_NAMES, List.of()).get(0);
        assertThat(fact.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(fact.statement()).isEqualTo("Mara Voss — death date: 2023-03");
    }

    @Test
    void anArticleThatCreditsASourceForAFactCountsAsThatSource() {
        Optional<Attribution> interview = Optional.of(new Attribution("Ines Roa", Optional.of("Channel 9")));
        Article a = article("a", "Courier", "Mara Voss died in March 2023. Roa told Channel 9 that Voss died in March 2023.");
        ArticleFacts courier = facts(a, List.of(), List.of(
                claim(a, "Mara Voss died in March 2023.", "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, Optional.empty()),
                claim(a, "Roa told Channel 9", "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, interview)));
        ArticleFacts pulse = dated("b", "Pulse", "Voss died in March 2023, Ines Roa told Channel 9.", "March 2023", "2023-03", interview);
        Fact fact = reconciler.reconcile(List.of(courier, pulse), NO_NAMES, List.of()).get(0);
        assertThat(fact.sources()).hasSize(2);
        assertThat(fact.sources().get(0).span().start()).isZero();
        assertThat(fact.independentSources()).isEqualTo(1);
    }

    @Test
    void twoExactDatesInsideOneMonthConflictAndTheMonthIsLessSpecific() {
        ArticleFacts a = dated("a", "Courier", "Mara Voss died on March 3, 2023.", "March 3, 2023", "2023-03-03", Optional.empty());
        ArticleFacts b = dated("b", "Pulse", "Mara Voss died on March 5, 2023.", "March 5, 2023", "2023-03-05", Optional.empty());
        ArticleFacts c = dated("c", "Ledger", "Mara Voss died in March 2023.", "March 2023", "2023-03", Optional.empty());
        Fact fact = reconciler.reconcile(List.of(a, b, c), NO_NAMES, List.of()).get(0);
        assertThat(fact.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(fact.sources()).extracting(s -> s.stance()).containsExactly(Stance.STATES, Stance.CONFLICTS, Stance.LESS_SPECIFIC);
    }

    @Test
    void differentlyWordedPhrasesAgreeAndUnrelatedOnesOfAManyValuedRelationAreSeparateFacts() {
        Article a = article("a", "Courier", "She left the night that we filmed the video. Voss starred in Tidewater.");
        Article b = article("b", "Pulse", "She left the night we filmed that video. Voss starred in Salt Roads.");
        List<ArticleFacts> story = List.of(
                facts(a, List.of(), List.of(
                        claim(a, "the night that we filmed the video", "Mara Voss", "departure time", "the night that we filmed the video",
                                "night we filmed video", ValueKind.TEXT, Optional.empty()),
                        claim(a, "Tidewater", "Mara Voss", "starred in", "Tidewater", "Tidewater", ValueKind.ENTITY, Optional.empty()))),
                facts(b, List.of(), List.of(
                        claim(b, "the night we filmed that video", "Mara Voss", "departure time", "the night we filmed that video",
                                "night we filmed video", ValueKind.TEXT, Optional.empty()),
                        claim(b, "Salt Roads", "Mara Voss", "starred in", "Salt Roads", "Salt Roads", ValueKind.ENTITY, Optional.empty()))));
        List<Fact> facts = reconciler.reconcile(story, NO_NAMES, List.of());
        assertThat(facts).extracting(Fact::relation, Fact::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("departure time", Verdict.AGREED),
                org.assertj.core.groups.Tuple.tuple("starred in", Verdict.SINGLE_SOURCE),
                org.assertj.core.groups.Tuple.tuple("starred in", Verdict.SINGLE_SOURCE));
    }
}
