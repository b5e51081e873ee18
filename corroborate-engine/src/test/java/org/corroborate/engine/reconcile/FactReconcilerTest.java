package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.corroborate.engine.TestArticles.article;
import static org.corroborate.engine.TestArticles.claim;
import static org.corroborate.engine.TestArticles.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Claim;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.TextReuse;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;
import org.junit.jupiter.api.Test;

/** Each verdict and each rule of independence, on invented claims. */
class FactReconcilerTest {

    private static final EntityMerger.Merged NO_NAMES = new EntityMerger.Merged(List.of(), Map.of());
    private static final Optional<Attribution> OWN_VOICE = Optional.empty();

    private final FactReconciler reconciler = new FactReconciler();

    /** An article whose text is {@code text}, stating {@code relation} of {@code subject} as {@code value}. */
    private static ArticleFacts says(String id, String outlet, String text, String subject, String relation, String written,
            String value, ValueKind kind, Optional<Attribution> credit) {
        Article a = article(id, outlet, text);
        return facts(a, List.of(), List.of(claim(a, text, subject, relation, written, value, kind, credit)));
    }

    private static ArticleFacts dated(String id, String outlet, String text, String written, String value) {
        return says(id, outlet, text, "Mara Voss", "death date", written, value, ValueKind.DATE, OWN_VOICE);
    }

    private static Optional<Attribution> credit(String source, String via) {
        return Optional.of(new Attribution(source, Optional.ofNullable(via)));
    }

    private List<Fact> reconcile(List<ArticleFacts> story) {
        return reconciler.reconcile(story, NO_NAMES, List.of(), List.of());
    }

    private static Fact only(List<Fact> facts) {
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    @Test
    void aDateInsideAnotherIsMoreSpecificNotAConflict() {
        ArticleFacts vague = dated("a", "Courier", "Mara Voss died in March 2023.", "March 2023", "2023-03");
        ArticleFacts exact = dated("b", "Pulse", "Mara Voss died on March 3, 2023.", "March 3, 2023", "2023-03-03");
        Fact fact = only(reconcile(List.of(vague, exact)));
        assertThat(fact.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(fact.value()).isEqualTo("2023-03-03");
        assertThat(fact.statement()).isEqualTo("Mara Voss — death date: 2023-03-03");
        assertThat(fact.sources()).extracting(FactSource::article, FactSource::stance, FactSource::value).containsExactly(
                tuple("a", Stance.LESS_SPECIFIC, "March 2023"), tuple("b", Stance.MORE_SPECIFIC, "March 3, 2023"));
        assertThat(fact.independentSources()).isEqualTo(2);
    }

    @Test
    void weeksDecadesAndCenturiesHoldTheDaysAndYearsInsideThem() {
        Fact week = only(reconcile(List.of(
                dated("a", "Courier", "Mara Voss died this week.", "this week", "2024-W14"),
                dated("b", "Pulse", "Mara Voss died on April 2.", "April 2", "2024-04-02"))));
        assertThat(week.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(week.value()).isEqualTo("2024-04-02");
        Fact decade = only(reconcile(List.of(
                dated("a", "Courier", "Mara Voss died in the 1880s.", "the 1880s", "188"),
                dated("b", "Pulse", "Mara Voss died in the 19th century.", "the 19th century", "18"),
                dated("c", "Ledger", "Mara Voss died in 1887.", "1887", "1887"))));
        assertThat(decade.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(decade.value()).isEqualTo("1887");
        assertThat(decade.sources()).extracting(FactSource::stance)
                .containsExactly(Stance.LESS_SPECIFIC, Stance.LESS_SPECIFIC, Stance.MORE_SPECIFIC);
    }

    @Test
    void twoDaysOfOneEventConflictAndTheMonthHoldingOneOfThemIsLessSpecific() {
        Fact fact = only(reconcile(List.of(
                dated("a", "Courier", "Mara Voss died on March 3, 2023.", "March 3, 2023", "2023-03-03"),
                dated("b", "Pulse", "Mara Voss died on March 5, 2023.", "March 5, 2023", "2023-03-05"),
                dated("c", "Ledger", "Mara Voss died in March 2023.", "March 2023", "2023-03"))));
        assertThat(fact.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(fact.sources()).extracting(FactSource::stance)
                .containsExactly(Stance.STATES, Stance.CONFLICTS, Stance.LESS_SPECIFIC);
    }

    @Test
    void differentTollsConflictAndTheValueWithMoreIndependentSourcesIsStated() {
        Fact fact = only(reconcile(List.of(
                says("a", "Courier", "The fire killed four people.", "fire", "deaths", "killed four", "4", ValueKind.NUMBER, OWN_VOICE),
                says("b", "Pulse", "Six people died, the health board said.", "fire", "deaths", "Six people died", "6", ValueKind.NUMBER,
                        credit("health board", null)),
                says("c", "Ledger", "Six people died, the coroner said.", "fire", "deaths", "Six people died", "6", ValueKind.NUMBER,
                        credit("coroner", null)))));
        assertThat(fact.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(fact.value()).isEqualTo("6");
        assertThat(fact.sources()).extracting(FactSource::stance).containsExactly(Stance.CONFLICTS, Stance.STATES, Stance.STATES);
        assertThat(fact.independentSources()).isEqualTo(3);
    }

    @Test
    void anExactCountInsideAnEstimateIsMoreSpecific() {
        Fact fact = only(reconcile(List.of(
                says("a", "Courier", "More than a dozen people were hurt.", "fire", "injuries", "More than a dozen", ">12", ValueKind.NUMBER, OWN_VOICE),
                says("b", "Pulse", "Fourteen people were hurt.", "fire", "injuries", "Fourteen", "14", ValueKind.NUMBER, OWN_VOICE))));
        assertThat(fact.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(fact.value()).isEqualTo("14");
    }

    @Test
    void aPlaceInsideAnotherByWhatTheStorySaysIsMoreSpecificElseItConflicts() {
        Article withMap = article("c", "Ledger", "Mara Voss died in Marsh Harbour in the Bahamas.");
        ArticleFacts ledger = facts(withMap, List.of(), List.of(
                claim(withMap, "Mara Voss died in Marsh Harbour in the Bahamas.", "Marsh Harbour", "located in", "the Bahamas", "Bahamas",
                        ValueKind.PLACE, OWN_VOICE)));
        ArticleFacts vague = says("a", "Courier", "Mara Voss died in the Bahamas.", "Mara Voss", "death place", "the Bahamas", "Bahamas",
                ValueKind.PLACE, OWN_VOICE);
        ArticleFacts exact = says("b", "Pulse", "Mara Voss died in Marsh Harbour.", "Mara Voss", "death place", "Marsh Harbour", "Marsh Harbour",
                ValueKind.PLACE, OWN_VOICE);
        Fact inside = only(reconcile(List.of(vague, exact, ledger)));
        assertThat(inside.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(inside.value()).isEqualTo("Marsh Harbour");
        assertThat(inside.sources()).extracting(FactSource::stance).containsExactly(Stance.LESS_SPECIFIC, Stance.MORE_SPECIFIC);
        assertThat(only(reconcile(List.of(vague, exact))).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void twoWordingsOfOneKindOfEventAgreeAndAKindOfItIsMoreSpecific() {
        ArticleFacts crash = says("a", "Courier", "She died in a plane crash.", "Mara Voss", "death cause", "plane crash", "plane crash",
                ValueKind.TEXT, OWN_VOICE);
        ArticleFacts accident = says("b", "Pulse", "She was killed in an airplane accident.", "Mara Voss", "death cause", "airplane accident",
                "plane crash", ValueKind.TEXT, OWN_VOICE);
        ArticleFacts bare = says("c", "Ledger", "She died in a crash.", "Mara Voss", "death cause", "crash", "crash", ValueKind.TEXT, OWN_VOICE);
        Fact paraphrase = only(reconcile(List.of(crash, accident)));
        assertThat(paraphrase.verdict()).isEqualTo(Verdict.AGREED);
        assertThat(paraphrase.sources()).extracting(FactSource::stance).containsExactly(Stance.STATES, Stance.STATES);
        Fact kind = only(reconcile(List.of(bare, crash)));
        assertThat(kind.verdict()).isEqualTo(Verdict.MORE_SPECIFIC);
        assertThat(kind.value()).isEqualTo("plane crash");
        ArticleFacts drowning = says("d", "Echo", "She drowned.", "Mara Voss", "death cause", "drowning", "drowning", ValueKind.TEXT, OWN_VOICE);
        assertThat(only(reconcile(List.of(crash, drowning))).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void oneOutletAloneIsASingleSource() {
        Fact fact = only(reconcile(List.of(dated("a", "Courier", "Mara Voss died in March 2023.", "March 2023", "2023-03"))));
        assertThat(fact.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(fact.independentSources()).isEqualTo(1);
        assertThat(fact.sources()).extracting(FactSource::stance).containsExactly(Stance.STATES);
    }

    @Test
    void unrelatedValuesOfARelationWithManyValuesAreSeparateFacts() {
        List<Fact> facts = reconcile(List.of(
                says("a", "Courier", "Voss starred in Tidewater.", "Mara Voss", "starred in", "Tidewater", "Tidewater", ValueKind.ENTITY, OWN_VOICE),
                says("b", "Pulse", "Voss starred in Salt Roads.", "Mara Voss", "starred in", "Salt Roads", "Salt Roads", ValueKind.ENTITY, OWN_VOICE),
                says("c", "Ledger", "Voss starred in the Tidewater film.", "Mara Voss", "starred in", "Tidewater film", "Tidewater film",
                        ValueKind.ENTITY, OWN_VOICE)));
        assertThat(facts).extracting(Fact::value, Fact::verdict).containsExactly(
                tuple("Tidewater", Verdict.AGREED), tuple("Salt Roads", Verdict.SINGLE_SOURCE));
    }

    @Test
    void eachArticleGivesOneValueTheMostSpecificItsBodyStates() {
        Article a = article("a", "Courier", "Voss dies at 81\n\nMara Voss died in March 2023. She died on March 3, 2023, at home.");
        Article titled = new Article(a.id(), a.source(), a.url(), a.metadata(), a.text(), List.of(
                new Block(new Span(0, 15), BlockKind.TITLE),
                new Block(new Span(17, a.text().length()), BlockKind.PARAGRAPH)));
        ArticleFacts courier = facts(titled, List.of(), List.of(
                claim(titled, "Mara Voss died in March 2023.", "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, OWN_VOICE),
                claim(titled, "She died on March 3, 2023, at home.", "Mara Voss", "death date", "March 3, 2023", "2023-03-03", ValueKind.DATE, OWN_VOICE)));
        ArticleFacts pulse = dated("b", "Pulse", "Mara Voss died in March 2023.", "March 2023", "2023-03");
        Fact fact = only(reconcile(List.of(courier, pulse)));
        assertThat(fact.sources()).hasSize(2);
        assertThat(fact.sources().get(0).value()).isEqualTo("March 3, 2023");
        assertThat(fact.sources().get(0).stance()).isEqualTo(Stance.MORE_SPECIFIC);
        assertThat(fact.sources().get(0).span().start()).isEqualTo(a.text().indexOf("She died"));
    }

    @Test
    void outletsCitingOneSpeakerCountOnceWhateverTheMedium() {
        Fact fact = only(reconcile(List.of(
                dated2("a", "Courier", credit("Ines Roa", "Channel 9")),
                dated2("b", "Pulse", credit("Ines Roa", "Channel 9")),
                dated2("c", "Ledger", credit("Ines Roa", "the Gazette")),
                dated2("d", "Echo", credit("Dov Pell", null)))));
        assertThat(fact.verdict()).isEqualTo(Verdict.AGREED);
        assertThat(fact.independentSources()).isEqualTo(2);
        assertThat(fact.sources()).extracting(FactSource::via, FactSource::origin).containsExactly(
                tuple(Optional.of("Channel 9"), "Ines Roa"), tuple(Optional.of("Channel 9"), "Ines Roa"),
                tuple(Optional.of("the Gazette"), "Ines Roa"), tuple(Optional.of("Dov Pell"), "Dov Pell"));
    }

    @Test
    void citingTheMediumAnotherOutletSaysTheWordsWereToldToIsCitingTheSpeaker() {
        Fact fact = only(reconcile(List.of(
                dated2("a", "Courier", credit("Ines Roa", "Channel 9")),
                dated2("b", "Pulse", credit("Channel 9", null)),
                dated2("c", "Ledger", credit("the Gazette", null)))));
        assertThat(fact.sources()).extracting(FactSource::origin).containsExactly("Ines Roa", "Ines Roa", "the Gazette");
        assertThat(fact.independentSources()).isEqualTo(2);
    }

    private static ArticleFacts dated2(String id, String outlet, Optional<Attribution> credit) {
        return says(id, outlet, "Mara Voss died in March 2023, she said.", "Mara Voss", "death date", "March 2023", "2023-03",
                ValueKind.DATE, credit);
    }

    @Test
    void twoArticlesOfOneOutletInTheirOwnVoiceAreOneSourceAndAnUnknownOutletIsItsOwn() {
        ArticleFacts first = dated("a", "Courier", "Mara Voss died in March 2023.", "March 2023", "2023-03");
        ArticleFacts second = dated("b", "Courier", "Voss died in March 2023.", "March 2023", "2023-03");
        Article nameless = new Article("c", "c.txt", Optional.empty(), Metadata.EMPTY, "Voss died in March 2023.",
                List.of(new Block(new Span(0, 24), BlockKind.PARAGRAPH)));
        ArticleFacts unknown = facts(nameless, List.of(), List.of(claim(nameless, "Voss died in March 2023.", "Mara Voss", "death date",
                "March 2023", "2023-03", ValueKind.DATE, OWN_VOICE)));
        Fact fact = only(reconcile(List.of(first, second, unknown)));
        assertThat(fact.sources()).extracting(FactSource::origin).containsExactly("Courier", "Courier", "c.txt");
        assertThat(fact.independentSources()).isEqualTo(2);
    }

    @Test
    void aSpokespersonCountsAsTheOrganisationTheyAreSaidToSpeakFor() {
        ArticleFacts board = says("a", "Courier", "Six people died, the Harbour Board said.", "fire", "deaths", "Six people died", "6",
                ValueKind.NUMBER, credit("Harbour Board", null));
        ArticleFacts spokeswoman = says("b", "Pulse", "Ina Roe, a spokeswoman for the Harbour Board, said six people died.", "fire", "deaths",
                "six people died", "6", ValueKind.NUMBER, credit("Ina Roe", null));
        EntityMerger.Merged merged = new EntityMerger.Merged(List.of(
                new StoryEntity("Harbour Board", EntityType.ORGANIZATION, List.of(), List.of("a", "b")),
                new StoryEntity("Ina Roe", EntityType.PERSON, List.of(), List.of("b"))), Map.of());
        ArticleFacts withEntity = withPerson(spokeswoman, "Ina Roe");
        Fact fact = only(reconciler.reconcile(List.of(board, withEntity), merged, List.of(), List.of()));
        assertThat(fact.sources()).extracting(FactSource::origin).containsExactly("Harbour Board", "Harbour Board");
        assertThat(fact.independentSources()).isEqualTo(1);
    }

    /** The article with {@code name} as a person entity named where the text first says it. */
    private static ArticleFacts withPerson(ArticleFacts facts, String name) {
        String text = facts.article().text();
        int at = text.indexOf(name);
        var entity = new Entity("e1", name, EntityType.PERSON, Gender.UNKNOWN, List.of(),
                List.of(new Mention(new Span(at, at + name.length()), name, MentionKind.NAME)));
        var annotated = new AnnotatedArticle(facts.article(), List.of(), List.of(), List.of(entity), List.of());
        return new ArticleFacts(annotated, facts.quotes(), facts.claims());
    }

    @Test
    void aQuotationOneOutletOnlyDescribesTheSpeakerOfIsItsGroupsSpeaker() {
        String said = "\"Mara died in March 2023,\" the actress said.";
        ArticleFacts courier = says("a", "Courier", said, "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE,
                credit("the actress", null));
        ArticleFacts pulse = says("b", "Pulse", "\"Mara died in March 2023,\" Ines Roa told Channel 9.", "Mara Voss", "death date",
                "March 2023", "2023-03", ValueKind.DATE, credit("Ines Roa", "Channel 9"));
        QuoteGroup group = new QuoteGroup(Optional.of("Ines Roa"), List.of(
                new QuoteVariant("a", new Span(1, 24), "Mara died in March 2023,"),
                new QuoteVariant("b", new Span(1, 24), "Mara died in March 2023,")), List.of());
        Fact fact = only(reconciler.reconcile(List.of(courier, pulse), NO_NAMES, List.of(group), List.of()));
        assertThat(fact.sources()).extracting(FactSource::origin).containsExactly("Ines Roa", "Ines Roa");
        assertThat(fact.sources().get(0).via()).contains("Ines Roa");
        assertThat(fact.independentSources()).isEqualTo(1);
    }

    @Test
    void copiedTextHasTheOriginOfWhatItCopiesUnlessTheCopierAlsoSaysItInItsOwnWords() {
        String paragraph = "Mara Voss died in March 2023 at her home in Tarrow.";
        ArticleFacts original = dated("a", "Courier", paragraph, "March 2023", "2023-03");
        ArticleFacts copy = dated("b", "Brisk", paragraph, "March 2023", "2023-03");
        TextReuse copied = new TextReuse("a", new Span(0, paragraph.length()), "b", new Span(0, paragraph.length()), 1.0);
        Fact once = only(reconciler.reconcile(List.of(original, copy), NO_NAMES, List.of(), List.of(copied)));
        assertThat(once.sources()).extracting(FactSource::origin).containsExactly("Courier", "Courier");
        assertThat(once.independentSources()).isEqualTo(1);

        String both = paragraph + " Voss, a painter, died in March 2023.";
        Article own = article("b", "Brisk", both);
        ArticleFacts copyAndOwn = facts(own, List.of(), List.of(
                claim(own, paragraph, "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, OWN_VOICE),
                claim(own, "Voss, a painter, died in March 2023.", "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, OWN_VOICE)));
        Fact twice = only(reconciler.reconcile(List.of(original, copyAndOwn), NO_NAMES, List.of(), List.of(copied)));
        assertThat(twice.sources()).extracting(FactSource::origin).containsExactly("Courier", "Brisk");
        assertThat(twice.independentSources()).isEqualTo(2);
    }

    @Test
    void aCopyOfACreditedPassageKeepsTheCredit() {
        String paragraph = "Six people died, the Harbour Board said.";
        ArticleFacts original = says("a", "Courier", paragraph, "fire", "deaths", "Six people died", "6", ValueKind.NUMBER,
                credit("Harbour Board", null));
        ArticleFacts copy = says("b", "Brisk", paragraph, "fire", "deaths", "Six people died", "6", ValueKind.NUMBER, credit("Harbour Board", null));
        ArticleFacts other = says("c", "Ledger", "Four people died, the chief said.", "fire", "deaths", "Four people died", "4",
                ValueKind.NUMBER, credit("Lorcan Maddox", null));
        TextReuse copied = new TextReuse("a", new Span(0, paragraph.length()), "b", new Span(0, paragraph.length()), 0.97);
        Fact fact = only(reconciler.reconcile(List.of(original, copy, other), NO_NAMES, List.of(), List.of(copied)));
        assertThat(fact.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(fact.independentSources()).isEqualTo(2);
        assertThat(fact.sources()).extracting(FactSource::origin).containsExactly("Harbour Board", "Harbour Board", "Lorcan Maddox");
    }

    @Test
    void aSubjectAnArticleOnlyDescribesAlignsWithTheEntityItsDescriptionOrItsClaimsFit() {
        EntityMerger.Merged merged = new EntityMerger.Merged(List.of(
                new StoryEntity("Mara Voss", EntityType.PERSON, List.of("Voss", "the veteran painter"), List.of("a", "b")),
                new StoryEntity("Dov Pell", EntityType.PERSON, List.of("Pell"), List.of("a"))), Map.of());
        ArticleFacts named = facts(article("a", "Courier", "Mara Voss died in Tarrow in March 2023."), List.of(), List.of(
                claim(article("a", "Courier", "Mara Voss died in Tarrow in March 2023."), "Mara Voss died in Tarrow in March 2023.",
                        "Mara Voss", "death place", "Tarrow", "Tarrow", ValueKind.PLACE, OWN_VOICE),
                claim(article("a", "Courier", "Mara Voss died in Tarrow in March 2023."), "Mara Voss died in Tarrow in March 2023.",
                        "Mara Voss", "death date", "March 2023", "2023-03", ValueKind.DATE, OWN_VOICE)));
        ArticleFacts described = says("b", "Pulse", "The painter died on March 3, 2023.", "The painter", "death date", "March 3, 2023",
                "2023-03-03", ValueKind.DATE, OWN_VOICE);
        ArticleFacts fitting = says("c", "Ledger", "The artist died in Tarrow.", "The artist", "death place", "Tarrow", "Tarrow",
                ValueKind.PLACE, OWN_VOICE);
        List<Fact> facts = reconciler.reconcile(List.of(named, described, fitting), merged, List.of(), List.of());
        assertThat(facts).extracting(Fact::subject, Fact::relation, Fact::verdict).containsExactly(
                tuple("Mara Voss", "death place", Verdict.AGREED), tuple("Mara Voss", "death date", Verdict.MORE_SPECIFIC));
    }

    @Test
    void aDescriptionTwoEntitiesFitEquallyStaysAsWritten() {
        EntityMerger.Merged merged = new EntityMerger.Merged(List.of(
                new StoryEntity("Mara Voss", EntityType.PERSON, List.of(), List.of("a")),
                new StoryEntity("Dov Pell", EntityType.PERSON, List.of(), List.of("b"))), Map.of());
        ArticleFacts voss = says("a", "Courier", "Mara Voss died in Tarrow.", "Mara Voss", "death place", "Tarrow", "Tarrow", ValueKind.PLACE, OWN_VOICE);
        ArticleFacts pell = says("b", "Pulse", "Dov Pell died in Tarrow.", "Dov Pell", "death place", "Tarrow", "Tarrow", ValueKind.PLACE, OWN_VOICE);
        ArticleFacts vague = says("c", "Ledger", "The artist died in Tarrow.", "The artist", "death place", "Tarrow", "Tarrow", ValueKind.PLACE, OWN_VOICE);
        List<Fact> facts = reconciler.reconcile(List.of(voss, pell, vague), merged, List.of(), List.of());
        assertThat(facts).extracting(Fact::subject).containsExactly("Mara Voss", "Dov Pell", "The artist");
    }

    /** Invariants on stories built from every combination of a few values, credits and copies. */
    @Test
    void everyFactKeepsItsInvariantsWhateverTheClaims() {
        String[][] values = {{"2023-03", "March 2023"}, {"2023-03-03", "March 3, 2023"}, {"2023-04", "April 2023"}, {"2023", "2023"}};
        List<Optional<Attribution>> credits = List.of(OWN_VOICE, credit("Ines Roa", "Channel 9"), credit("Dov Pell", null));
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<ArticleFacts> story = new ArrayList<>();
            List<TextReuse> reuse = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String[] v = values[random.nextInt(values.length)];
                String text = "Mara Voss died in " + v[1] + ".";
                String outlet = "Outlet " + random.nextInt(3);
                story.add(says("a" + i, outlet, text, "Mara Voss", "death date", v[1], v[0], ValueKind.DATE, credits.get(random.nextInt(credits.size()))));
                if (i > 0 && random.nextInt(4) == 0) {
                    reuse.add(new TextReuse("a" + random.nextInt(i), new Span(0, 10), "a" + i, new Span(0, text.length()), 0.9));
                }
            }
            for (Fact f : reconciler.reconcile(story, NO_NAMES, List.of(), reuse)) {
                assertThat(f.independentSources()).isEqualTo((int) f.sources().stream().map(FactSource::origin).distinct().count());
                assertThat(f.sources()).extracting(FactSource::article).doesNotHaveDuplicates();
                for (FactSource s : f.sources()) {
                    ArticleFacts a = story.stream().filter(x -> x.article().id().equals(s.article())).findFirst().orElseThrow();
                    assertThat(s.span().end()).isLessThanOrEqualTo(a.article().text().length());
                    assertThat(a.claims()).extracting(Claim::span).contains(s.span());
                }
                switch (f.verdict()) {
                    case SINGLE_SOURCE -> assertThat(f.sources()).hasSize(1);
                    case AGREED -> assertThat(f.sources()).hasSizeGreaterThan(1).allMatch(s -> s.stance() == Stance.STATES);
                    case MORE_SPECIFIC -> assertThat(f.sources()).extracting(FactSource::stance)
                            .contains(Stance.MORE_SPECIFIC, Stance.LESS_SPECIFIC).doesNotContain(Stance.CONFLICTS, Stance.STATES);
                    case CONFLICT -> assertThat(f.sources()).extracting(FactSource::stance).contains(Stance.CONFLICTS);
                }
            }
        }
    }
}
