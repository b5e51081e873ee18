package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.engine.extract.Invented.article;
import static org.corroborate.engine.extract.Invented.lines;

import java.time.LocalDate;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Claim;
import org.corroborate.model.Entity;
import org.corroborate.model.Span;
import org.corroborate.model.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * Claims from invented sentences through the real annotation: what each rule extracts, with the exact evidence
 * span, the value and the attribution.
 */
class ClaimExtractorTest {

    /** Friday 11 October 2024: "Thursday" is the 10th. */
    private static final LocalDate FRIDAY = LocalDate.of(2024, 10, 11);

    private static ArticleFacts on(LocalDate published, String... paragraphs) {
        return article("a", "Tidewater Post", published, paragraphs);
    }

    private static Claim claim(ArticleFacts facts, String relation) {
        return facts.claims().stream().filter(c -> c.relation().equals(relation)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + relation + "' claim among " + lines(facts)));
    }

    @Test
    void anEventGivesOneClaimPerDetailEachWithItsSentenceAsEvidence() {
        String sentence = "Mara Voss died in a car crash near Tarrow on March 3, 2023, at the age of 81.";
        ArticleFacts a = on(FRIDAY, "Tributes poured in on Friday.", sentence);
        assertThat(lines(a)).contains(
                "Mara Voss | death date | 2023-03-03",
                "Mara Voss | death place | Tarrow",
                "Mara Voss | death cause | car crash",
                "Mara Voss | age at death | 81");
        int start = a.article().text().indexOf(sentence);
        for (String relation : new String[] {"death date", "death place", "death cause", "age at death"}) {
            Claim c = claim(a, relation);
            assertThat(c.span()).isEqualTo(new Span(start, start + sentence.length()));
            assertThat(c.entity()).isPresent();
            assertThat(c.attribution()).isEmpty();
        }
        assertThat(claim(a, "death date").value().text()).isEqualTo("March 3, 2023");
        assertThat(claim(a, "death date").value().kind()).isEqualTo(ValueKind.DATE);
        assertThat(claim(a, "age at death").value().text()).isEqualTo("at the age of 81");
    }

    @Test
    void aSubjectTheArticleOnlyDescribesIsKeptAsItsWords() {
        ArticleFacts a = on(FRIDAY, "The veteran painter was killed in a boating accident off Corran Point on Tuesday.");
        Claim cause = claim(a, "death cause");
        assertThat(cause.subject()).isEqualTo("The veteran painter");
        assertThat(cause.entity().flatMap(a.annotated()::entity).map(Entity::name)).contains("The veteran painter");
        assertThat(cause.value().normalized()).isEqualTo("boating crash");
        assertThat(lines(a)).contains("The veteran painter | death date | 2024-10-08");
    }

    @Test
    void reportedSpeechCreditsItsSpeakerAndTheTimeOfTellingIsNotTheTimeOfTheEvent() {
        ArticleFacts a = on(FRIDAY,
                "Three people are dead after a fire tore through a warehouse in Bramford on Thursday night, "
                        + "Fire Chief Ansel Dorr told WKRT early Friday.");
        assertThat(lines(a)).contains(
                "fire | deaths | 3 | Ansel Dorr via WKRT",
                "fire | date | 2024-10-10 | Ansel Dorr via WKRT",
                "fire | place | Bramford | Ansel Dorr via WKRT");
        assertThat(lines(a)).noneMatch(l -> l.contains("2024-10-11"));
    }

    @Test
    void perAndAccordingToCreditTheOutletOrPersonNamed() {
        ArticleFacts per = on(FRIDAY, "Voss rarely spoke about her rival publicly, but per Marquee, Tomas Orr was pictured at her album "
                + "launch party in 2011.");
        assertThat(lines(per)).contains("Tomas Orr | was at | album launch party in 2011 | Marquee");
        ArticleFacts according = on(FRIDAY, "A fire swept through the Kell mill on Thursday.",
                "The fire started shortly before 9 p.m. in the boiler room, according to the chief.");
        assertThat(lines(according)).contains("fire | hour | T21:00 | the chief");
    }

    @Test
    void aSpeakerWhoOpensTheSentenceCreditsWhatFollowsAndAnAppositionDoesNotHideThem() {
        ArticleFacts a = on(FRIDAY, "A fire swept through the Kell mill in Bramford on Thursday.",
                "Ina Roe, a spokeswoman for the Harbour Board, said six people had died.",
                "Maddan Crisp said 31 workers were on the night shift.");
        assertThat(lines(a)).contains("fire | deaths | 6 | Ina Roe", "fire | people present | 31 | Maddan Crisp");
    }

    @Test
    void anIncidentsTollsCountFromItsOwnArticleButNotFromAnotherIncidentOrAFireChief() {
        ArticleFacts a = on(FRIDAY,
                "A fire swept through the Kell textile mill in Bramford on Thursday evening.",
                "More than a dozen people were taken to hospital. The fire chief praised the crews.",
                "It was the second fire in the valley this month, after two people died in a blaze at a bakery in Corran on Monday.");
        assertThat(lines(a)).contains("fire | date | 2024-10-10", "fire | place | Bramford", "fire | injuries | >12");
        assertThat(lines(a)).noneMatch(l -> l.contains("deaths") || l.contains("Corran") || l.contains("2024-10-07"));
    }

    @Test
    void agesComeFromAppositionsAndYearOldDescriptions() {
        ArticleFacts a = on(FRIDAY, "Ansel Dorr, 58, was arrested on Monday in Bramford.",
                "The 34-year-old striker Tomas Orr scored twice.");
        assertThat(lines(a)).contains("Ansel Dorr | age | 58", "Ansel Dorr | arrest date | 2024-10-07", "Ansel Dorr | arrest place | Bramford",
                "Tomas Orr | age | 34");
    }

    @Test
    void aWorkInQuotationMarksIsReleasedAndStarsThePeopleNamedWithIt() {
        ArticleFacts a = on(FRIDAY, "Rena Vale dropped her \"Salt Lanterns\" music video in 2019, which also starred Ansel Dorr and Ina Roe.");
        assertThat(lines(a)).contains("Salt Lanterns | release date | 2019", "Ansel Dorr | starred in | Salt Lanterns",
                "Ina Roe | starred in | Salt Lanterns");
    }

    @Test
    void aWorkDescribedButNotNamedIsNoWork() {
        ArticleFacts a = on(FRIDAY, "Rena Vale played a lighthouse keeper in the video, which also featured an appearance "
                + "from the actor Ansel Dorr.");
        assertThat(lines(a)).noneMatch(l -> l.contains("starred in"));
    }

    @Test
    void aPlaceSetOffAsATownInAnotherLiesInsideIt() {
        ArticleFacts a = on(FRIDAY, "Bramford, a town of about 9,000 people in the Kell Valley, has been home to the mill since the 1880s.");
        assertThat(lines(a)).contains("Bramford | located in | Kell Valley");
    }

    @Test
    void friendsAreOneFactWhicheverFriendIsNamedFirst() {
        ArticleFacts a = on(FRIDAY, "Tomas Orr and Mara Voss were close friends.");
        assertThat(lines(a)).contains("Mara Voss | friends with | Tomas Orr");
    }

    @Test
    void theDeathOfAPossessorsFriendIsTheFriends() {
        ArticleFacts a = on(FRIDAY, "Tomas Orr is still mourning the death of his close friend Mara Voss.",
                "Ansel Dorr spoke of the death of her sister, Ina Roe.");
        assertThat(lines(a)).contains("Mara Voss | death | reported", "Ina Roe | death | reported | Ansel Dorr")
                .noneMatch(l -> l.startsWith("Tomas Orr | death") || l.startsWith("Ansel Dorr | death"));
    }

    @Test
    void aDeniedOrDoubtedEventIsNoClaimAndAnObjectIsThePersonAfterTheirTitle() {
        ArticleFacts hedged = on(FRIDAY, "Ansel Dorr did not win the race in Bramford on Saturday.",
                "Tomas Orr will likely die in prison.");
        assertThat(lines(hedged)).noneMatch(l -> l.contains("win") || l.contains("death"));
        ArticleFacts killed = on(FRIDAY, "A gunman killed Superior Court Judge Rowena Black at the courthouse on Monday.",
                "Police said he also killed a U.S. Customs agent.");
        assertThat(lines(killed)).containsExactly("Rowena Black | death date | 2024-10-07");
    }

    @Test
    void courtDatesDebutsAndTheStartOfFilmingAreDatedEvents() {
        ArticleFacts a = on(FRIDAY, "Ansel Dorr was released on bail on Tuesday and is due to appear in Kell County Court on Nov. 20.",
                "Tomas Orr made his debut in August 2008.", "Filming begins Monday, October 14, in Bramford.");
        assertThat(lines(a)).contains("Ansel Dorr | court appearance date | 2024-11-20", "Tomas Orr | debut date | 2008-08",
                "filming | start date | 2024-10-14", "filming | start place | Bramford");
        assertThat(lines(a)).noneMatch(l -> l.startsWith("Ansel Dorr | release"));
    }

    @Test
    void aBuildingsDateComesFromBuiltInOrDatesFrom() {
        ArticleFacts a = on(FRIDAY, "The mill, built in 1887, employs about 200 people.", "The chapel dates from the 19th century.");
        assertThat(lines(a)).contains("The mill | construction date | 1887", "The chapel | construction date | 18");
    }
}
