package org.corroborate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.extract.QuoteExtractor;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor on CoreNLP's tags, one construction at a time, on sentences we invented: exact spans of
 * the quotation, its parts, speaker, cue and medium.
 */
class QuoteExtractionTest {

    private static Annotator annotator;
    private final QuoteExtractor extractor = new QuoteExtractor();

    @BeforeAll
    static void loadModels() {
        annotator = new Annotator(new CoreNlpAnalyzer());
    }

    /** An article of paragraphs separated by blank lines; a first paragraph starting "# " is its title. */
    private static AnnotatedArticle annotate(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            BlockKind kind = BlockKind.PARAGRAPH;
            if (blocks.isEmpty() && p.startsWith("# ")) {
                p = p.substring(2);
                kind = BlockKind.TITLE;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            blocks.add(new Block(new Span(text.length(), text.length() + p.length()), kind));
            text.append(p);
        }
        return annotator.apply(new Article("t", "t.txt", Optional.empty(), Metadata.EMPTY, text.toString(), blocks));
    }

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extract(annotate(paragraphs));
    }

    private static Quote holding(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holds '" + words + "' among " + quotes));
    }

    private static String speaker(Quote q) {
        return q.speaker().map(s -> s.text()).orElse("none");
    }

    private static String medium(Quote q) {
        return q.medium().orElse("none");
    }

    @Test
    void aQuotationWithItsCueAfterIt() {
        String p = "“The pier will reopen in the spring,” the harbour master said.";
        Quote q = quotes(p).get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.span()).isEqualTo(new Span(1, p.indexOf(",”")));
        assertThat(q.text()).isEqualTo("The pier will reopen in the spring");
        assertThat(speaker(q)).isEqualTo("the harbour master");
        assertThat(q.cue().get().text()).isEqualTo("said");
    }

    @Test
    void aSpeakerAfterTheVerbAndHisApposition() {
        Quote q = quotes("\"We lost every net we had,\" said Petra Olsen, a fisher from Lowmoor.").get(0);
        assertThat(q.text()).isEqualTo("We lost every net we had");
        assertThat(speaker(q)).isEqualTo("Petra Olsen");
    }

    @Test
    void aCueBeforeTheQuotationWithAColonAndItsMedium() {
        Quote q = quotes("Olsen told the Lowmoor Gazette: “We lost every net we had in one night.”").get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).isEqualTo("We lost every net we had in one night.");
        assertThat(speaker(q)).isEqualTo("Olsen");
        assertThat(medium(q)).isEqualTo("the Lowmoor Gazette");
    }

    @Test
    void aQuotationItsCueSplitsIsOneQuotationOfTwoParts() {
        String p = "“We lost every net we had,” she said. “But the boats are safe, and we will go out again.”";
        List<Quote> found = quotes(p);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.parts()).extracting(s -> s.of(p))
                    .containsExactly("We lost every net we had", "But the boats are safe, and we will go out again.");
            assertThat(q.span()).isEqualTo(new Span(1, p.length() - 1));
            assertThat(speaker(q)).isEqualTo("she");
        });
    }

    @Test
    void noBreakSpacesAroundTheCueAreWhiteSpace() {
        String p = "“We lost every net,”\u00a0she said.\u00a0“But the boats are safe.”";
        assertThat(quotes(p)).singleElement().satisfies(q -> {
            assertThat(q.parts()).extracting(s -> s.of(p)).containsExactly("We lost every net", "But the boats are safe.");
            assertThat(speaker(q)).isEqualTo("she");
        });
    }

    @Test
    void aQuotationSplitByALongAsideBecomesTwoWithOneSpeaker() {
        List<Quote> found = quotes("“It works,” said Petra Olsen, who has fished out of Lowmoor for thirty-one years and chairs"
                + " the harbour board that met on Tuesday night. “Mostly.”");
        assertThat(found).hasSize(2).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Petra Olsen"));
        assertThat(found).extracting(Quote::text).containsExactly("It works", "Mostly.");
    }

    @Test
    void aQuotationOverTwoParagraphsWithTheFirstLeftOpen() {
        List<Quote> found = quotes("“The storm took the roof off the fish market. It took the crane on the east quay too.",
                "“We will need the whole summer to rebuild,” the harbour master said.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.text()).startsWith("The storm took the roof").endsWith("the whole summer to rebuild");
            assertThat(speaker(q)).isEqualTo("the harbour master");
        });
    }

    @Test
    void aQuotationWithinAQuotationStaysInsideIt() {
        Quote q = quotes("“He walked into the office and said, ‘Skipper, this is my last trip,’ and then he left,” Olsen said.")
                .get(0);
        assertThat(q.text()).isEqualTo("He walked into the office and said, ‘Skipper, this is my last trip,’ and then he left");
        assertThat(speaker(q)).isEqualTo("Olsen");
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        Quote q = quotes("''The tide was kinder than the forecast,'' Mr. Dane said.").get(0);
        assertThat(q.text()).isEqualTo("The tide was kinder than the forecast");
        assertThat(speaker(q)).isEqualTo("Mr. Dane");
    }

    @Test
    void blockQuoteParagraphsAfterASpeechVerbAndAColon() {
        List<Quote> found = quotes("The harbour master told the Lowmoor Gazette:",
                "I have never seen water that high. We moved the boats at midnight and still lost two.",
                "We will rebuild the quay before the herring come back.",
                "The council meets on Monday to discuss the repairs.");
        assertThat(found).filteredOn(q -> q.kind() == QuoteKind.BLOCK).hasSize(2).allSatisfy(q -> {
            assertThat(speaker(q)).isEqualTo("The harbour master");
            assertThat(medium(q)).isEqualTo("the Lowmoor Gazette");
        });
        assertThat(found).noneMatch(q -> q.text().contains("council meets"));
    }

    @Test
    void aCueJoinedByAndToAnEarlierVerbHasThatVerbsSubjectEvenPastAnAdverb() {
        List<Quote> found = quotes("Petra Olsen grew up in Lowmoor, a few streets from the harbour, and has often said "
                + "that her father taught her to mend nets.");
        assertThat(speaker(holding(found, "her father taught her"))).isEqualTo("Petra Olsen");
    }

    @Test
    void aPledgeACandidateRanOnIsTheCandidatesButNotAPromiseSomethingElseRestsOn() {
        List<Quote> found = quotes("Petra Olsen spent ten years as a pilot before running for mayor in 2011 on a pledge "
                + "to clean up the harbour.", "The deal rests on a promise to repay the loan.");
        assertThat(speaker(holding(found, "clean up the harbour"))).isEqualTo("Petra Olsen");
        assertThat(speaker(holding(found, "repay the loan"))).isEqualTo("none");
    }

    @Test
    void aMixedQuotationEndsWithItsQuotedWordsWhenTheNarratorsAsideFollowsThem() {
        List<Quote> found = quotes("Olsen called the plan \"a disgrace,\" a rare rebuke from a harbour master.",
                "Brede called the pier “the pride of the coast” – a phrase the town has used for decades.",
                "Olsen said the repairs were \"long overdue\" because of the storm.");
        assertThat(holding(found, "a disgrace").text()).isEqualTo("the plan \"a disgrace,\"");
        assertThat(holding(found, "the pride of the coast").text()).isEqualTo("the pier “the pride of the coast”");
        assertThat(holding(found, "long overdue").text()).isEqualTo("the repairs were \"long overdue\" because of the storm");
    }

    @Test
    void whatAVerbOfNamingOrAnyVerbWithAsAttributesEndsWithTheQuotedName() {
        List<Quote> found = quotes("Olsen described the new timetable as a “cruel joke” during a meeting in Lowmoor.",
                "Brede criticized the harbour levy as “a tax on fishing” in a letter to the council.");
        assertThat(holding(found, "cruel joke").text()).isEqualTo("the new timetable as a “cruel joke”");
        assertThat(holding(found, "a tax on fishing").text()).isEqualTo("the harbour levy as “a tax on fishing”");
    }

    @Test
    void reportedSpeechWithThatAndWithout() {
        List<Quote> found = quotes("The harbour master said that the pier would reopen in May.",
                "Olsen told the Gazette that two boats were lost.", "Olsen revealed she had sold her nets.");
        assertThat(holding(found, "the pier would reopen in May")).satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(q.text()).isEqualTo("the pier would reopen in May");
            assertThat(speaker(q)).isEqualTo("The harbour master");
            assertThat(q.parts()).isEmpty();
        });
        assertThat(holding(found, "two boats were lost")).satisfies(q -> {
            assertThat(speaker(q)).isEqualTo("Olsen");
            assertThat(medium(q)).isEqualTo("the Gazette");
        });
        assertThat(speaker(holding(found, "she had sold her nets"))).isEqualTo("Olsen");
    }

    @Test
    void reportedSpeechWithItsSourceAfterOrAroundIt() {
        List<Quote> found = quotes("Two boats sank at their moorings, the harbour master said on Tuesday.",
                "The quay, Olsen said, will need a new wall.");
        assertThat(holding(found, "Two boats sank")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("Two boats sank at their moorings");
            assertThat(speaker(q)).isEqualTo("the harbour master");
        });
        assertThat(holding(found, "The quay")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("The quay, Olsen said, will need a new wall");
            assertThat(speaker(q)).isEqualTo("Olsen");
        });
    }

    @Test
    void aCitedSourceAndTheChainOfReporting() {
        List<Quote> found = quotes("According to the Lowmoor Gazette, the quay will cost two million pounds.",
                "Per Coastwatch, the storm was the worst since 1953.",
                "According to the Gazette, Olsen also said that the insurers had refused her claim.");
        assertThat(holding(found, "two million pounds")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("the quay will cost two million pounds");
            assertThat(speaker(q)).isEqualTo("Lowmoor Gazette");
            assertThat(q.cue().get().text()).isEqualTo("According to");
        });
        assertThat(speaker(holding(found, "worst since 1953"))).isEqualTo("Coastwatch");
        assertThat(holding(found, "the insurers had refused")).satisfies(q -> {
            assertThat(speaker(q)).isEqualTo("Olsen");
            assertThat(q.via()).contains("Gazette");
        });
    }

    @Test
    void mixedSpeechQuotesPartOfWhatIsReported() {
        String p = "Olsen said the damage was “worse than anyone feared” and asked for help.";
        Quote q = quotes(p).get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.text()).isEqualTo("the damage was “worse than anyone feared”");
        assertThat(q.parts()).extracting(s -> s.of(p)).containsExactly("worse than anyone feared");
        assertThat(speaker(q)).isEqualTo("Olsen");
    }

    @Test
    void aHeadlineQuotationTakesTheSpeakerOfTheBodyQuotationHoldingItsWords() {
        List<Quote> found = quotes("# “We still lost two boats”: Lowmoor Counts the Cost of the Storm",
                "“We moved the boats at midnight and we still lost two boats,” the harbour master said.");
        Quote headline = found.stream().filter(q -> q.span().start() < 3).findFirst().orElseThrow();
        assertThat(headline.text()).isEqualTo("We still lost two boats");
        assertThat(speaker(headline)).isEqualTo("the harbour master");
    }

    @Test
    void titlesScareQuotesAndNicknamesAreNotQuotations() {
        AnnotatedArticle a = annotate("The band played its hit \"Harbour Lights\" on the quay.",
                "Marcus “The Anchor” Bell rowed the lifeboat for ten years.",
                "The town's much-praised “flood plan” failed within an hour.");
        String text = a.article().text();
        List<String> words = extractor.extract(a).stream().flatMap(q -> q.parts().stream()).map(p -> p.of(text)).toList();
        assertThat(words).doesNotContain("Harbour Lights", "The Anchor", "flood plan");
    }

    @Test
    void theParagraphsSpeakerAndTheTurnsOfADialogue() {
        List<Quote> found = quotes("“How long will the repairs take?” the reporter asked.",
                "“The whole summer, at least,” Olsen said.", "“And the cost?”", "“Nobody will tell us yet.”");
        assertThat(speaker(holding(found, "And the cost?"))).isEqualTo("the reporter");
        assertThat(speaker(holding(found, "Nobody will tell us yet."))).isEqualTo("Olsen");
    }

    @Test
    void theSpeakerIsTheEntityWhoseMentionCoversItsWords() {
        AnnotatedArticle a = annotate("Petra Olsen runs the Lowmoor co-op.",
                "“We lost every net we had,” the fisher said.");
        String text = a.article().text();
        int at = text.indexOf("the fisher");
        // What the entity stage gives once it links epithets: "the fisher" as a mention of Petra Olsen.
        Entity olsen = new Entity("e1", "Petra Olsen", EntityType.PERSON, Gender.FEMALE, List.of("fisher"), List.of(
                new Mention(new Span(0, 11), "Petra Olsen", MentionKind.NAME),
                new Mention(new Span(at, at + 10), "the fisher", MentionKind.NOMINAL)));
        AnnotatedArticle linked = new AnnotatedArticle(a.article(), a.sentences(), a.tokens(), List.of(olsen), a.times());

        Quote q = extractor.extract(linked).get(0);

        assertThat(q.speaker()).hasValueSatisfying(s -> {
            assertThat(s.span()).isEqualTo(new Span(at, at + 10));
            assertThat(s.name()).contains("Petra Olsen");
            assertThat(s.entity()).contains("e1");
        });
    }

    @Test
    void anInterviewNamedOnceIsTheMediumOfTheQuotationsThatFollow() {
        List<Quote> found = quotes("In an interview with Coast FM, Petra Olsen described the night of the storm.",
                "“The water came over the wall at midnight,” she said.");
        assertThat(medium(holding(found, "over the wall"))).isEqualTo("Coast FM");
    }

    @Test
    void aPersonToldOnceIsNoMediumOfTheQuotationsThatFollow() {
        List<Quote> found = quotes("Petra Olsen told Coast FM that the storm came at midnight.",
                "When she asked Tomas Vell about the wall, he told her only that it was “old but sound.”",
                "Olsen also said that she would rebuild the sheds before winter.");
        assertThat(medium(holding(found, "rebuild the sheds"))).isEqualTo("Coast FM");
    }

    @Test
    void aSpeakerWithPartyAndStateOrTwoAppositionsBeforeTheVerb() {
        List<Quote> found = quotes("Sen. Ada Rusk (D-Ore.), a first-term senator, said the levee would hold.",
                "Rep. Tomas Vell, R-Idaho, a member of the water panel, said the repairs were late.");
        assertThat(holding(found, "the levee would hold")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("the levee would hold");
            assertThat(speaker(q)).isEqualTo("Sen. Ada Rusk");
        });
        assertThat(speaker(holding(found, "the repairs were late"))).isEqualTo("Rep. Tomas Vell");
    }

    @Test
    void aNameAfterTheVerbThatStartsAClauseIsNotAnInvertedSpeaker() {
        List<Quote> found = quotes("Rusk, who chairs the panel, said Morrow is overstating the repairs.",
                "The county has asked for more money, saying floods have grown worse.");
        assertThat(holding(found, "Morrow is overstating")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("Morrow is overstating the repairs");
            assertThat(speaker(q)).isEqualTo("Rusk");
        });
        assertThat(holding(found, "floods have grown worse")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("floods have grown worse");
            assertThat(speaker(q)).isEqualTo("The county");
        });
    }

    @Test
    void reportedSpeechWhoseSubjectIsAGerund() {
        Quote q = holding(quotes("Rusk said rebuilding the levee was the county's first task."), "rebuilding");
        assertThat(q.text()).isEqualTo("rebuilding the levee was the county's first task");
        assertThat(speaker(q)).isEqualTo("Rusk");
    }

    @Test
    void aSecondCueInTheSameSentenceEndsTheFirstOnesContent() {
        List<Quote> found = quotes("Officials said the levee is safe, and residents accused the county of ignoring the cracks.",
                "The mayor praised the survey, while residents said the cracks were growing.");
        assertThat(holding(found, "the levee is safe").text()).isEqualTo("the levee is safe");
        assertThat(speaker(holding(found, "the county of ignoring"))).isEqualTo("residents");
        assertThat(holding(found, "the survey").text()).isEqualTo("the survey");
        assertThat(speaker(holding(found, "the cracks were growing"))).isEqualTo("residents");
    }

    @Test
    void aQuotationAfterAColonOrASecondParticipleIsItsOwnAttribution() {
        List<Quote> found = quotes("“The river is higher than ever,” said Rusk, explaining she had walked the levee with Vell:"
                + " “Vell knows every stone of it.”",
                "Rusk has defended the plan, saying it works and calling it “a model for the valley.”");
        assertThat(holding(found, "she had walked").text()).isEqualTo("she had walked the levee with Vell");
        assertThat(holding(found, "Vell knows")).satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(speaker(q)).isEqualTo("Rusk");
        });
        assertThat(holding(found, "it works").text()).isEqualTo("it works");
        assertThat(holding(found, "a model")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("it “a model for the valley.”");
            assertThat(q.cue().get().text()).isEqualTo("calling");
        });
    }

    @Test
    void aCitedSourceRunsToItsCommaAndItsAppositionIsNoContent() {
        List<Quote> found = quotes("According to early results of a survey conducted by the Gazette for the council, most"
                + " residents want a new wall.", "Two boats sank, according to Petra Olsen, the harbour master.",
                "Nine in ten residents oppose the plan according to the survey.");
        assertThat(holding(found, "most residents")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("most residents want a new wall");
            assertThat(q.cue().get().text()).isEqualTo("According to");
        });
        assertThat(holding(found, "Two boats sank")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("Two boats sank");
            assertThat(speaker(q)).isEqualTo("Petra Olsen");
        });
        assertThat(holding(found, "Nine in ten").text()).isEqualTo("Nine in ten residents oppose the plan");
    }

    @Test
    void aCitationIsTheSourceOfAClauseWhoseMainVerbIsNotSpeech() {
        List<Quote> found = quotes("According to the Gazette, the council looked into what would happen if Olsen"
                + " announced she would resign.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("the council looked into").endsWith("she would resign");
            assertThat(speaker(q)).isEqualTo("Gazette");
        });
    }

    @Test
    void aQuotationInTheComplementOfAPersonsVerbIsTheirs() {
        List<Quote> found = quotes("Rusk has been steadily pounding the plan as a “costly fantasy” in her speeches.",
                "Vell talked up his budget as “river first.”", "The harbour launched its “safety upgrade” in May.");
        assertThat(holding(found, "costly fantasy")).satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(q.text()).isEqualTo("the plan as a “costly fantasy”");
            assertThat(speaker(q)).isEqualTo("Rusk");
            assertThat(q.cue().get().text()).isEqualTo("pounding");
        });
        assertThat(holding(found, "river first").text()).isEqualTo("his budget as “river first.”");
        assertThat(found).noneMatch(q -> q.text().contains("safety upgrade"));
    }

    @Test
    void aRelativeClauseWithItsSourceInsideAndOneWordAnswers() {
        List<Quote> found = quotes("Rusk praised the repairs, which she said had saved the quay.",
                "Asked whether the pier would reopen, 70 percent of residents said yes.",
                "The quay, they said, had never flooded before.");
        assertThat(holding(found, "saved the quay")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("which she said had saved the quay");
            assertThat(speaker(q)).isEqualTo("she");
        });
        assertThat(holding(found, "yes").text()).isEqualTo("yes");
        assertThat(holding(found, "never flooded")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("The quay, they said, had never flooded before");
            assertThat(speaker(q)).isEqualTo("they");
        });
    }

    @Test
    void theOpeningMarkOfTheNextQuotationIsNotReportedContent() {
        String p = "Olsen said the wall had held. ''We were lucky,'' she said.";
        List<Quote> found = quotes(p);
        assertThat(holding(found, "the wall had held").text()).isEqualTo("the wall had held");
        assertThat(holding(found, "We were lucky").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void hedgesAttributeAClauseToNoOneNamed() {
        List<Quote> found = quotes("The ferry is expected to resume on Monday.", "Olsen appears to be winning the vote.",
                "There seems to be little appetite for a new tax.", "The mayor appeared at the quay on Sunday.");
        assertThat(holding(found, "The ferry")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("The ferry is expected to resume on Monday");
            assertThat(q.cue().get().text()).isEqualTo("is expected");
            assertThat(q.speaker()).isEmpty();
        });
        assertThat(holding(found, "winning the vote").cue().get().text()).isEqualTo("appears");
        assertThat(holding(found, "little appetite").text()).isEqualTo("There seems to be little appetite for a new tax");
        assertThat(found).noneMatch(q -> q.text().contains("the quay on Sunday"));
    }

    @Test
    void aTranscriptTurnRunsToTheEndOfItsParagraph() {
        List<Quote> found = quotes("The interview, lightly edited, follows.", "OLSEN: Well, the river is high. It could flood"
                + " tonight.", "Petra Olsen: We will open the shelter at six.");
        assertThat(holding(found, "the river is high")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("Well, the river is high. It could flood tonight.");
            assertThat(speaker(q)).isEqualTo("OLSEN");
            assertThat(q.cue().get().text()).isEqualTo(":");
        });
        assertThat(speaker(holding(found, "open the shelter"))).isEqualTo("Petra Olsen");
    }

    @Test
    void pollsAndRecordsReportFindingsBeforeOrAfterTheirVerb() {
        List<Quote> found = quotes("Two recent polls show Olsen within two points of Vell.",
                "Turnout fell by a third, the council's records show.");
        assertThat(holding(found, "Olsen within").text()).isEqualTo("Olsen within two points of Vell");
        assertThat(holding(found, "Turnout fell")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("Turnout fell by a third");
            assertThat(q.cue().get().text()).isEqualTo("show");
        });
    }

    @Test
    void anIntentionOrARefusalInAnInfinitive() {
        List<Quote> found = quotes("The harbour board declined to comment.", "Olsen refused to sell her boat.");
        assertThat(holding(found, "to comment")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("to comment");
            assertThat(speaker(q)).isEqualTo("The harbour board");
            assertThat(q.cue().get().text()).isEqualTo("declined");
        });
        assertThat(holding(found, "to sell her boat").cue().get().text()).isEqualTo("refused");
    }

    @Test
    void theTopicOfATalkAVoteOrAPointAndANamedObject() {
        List<Quote> found = quotes("Olsen talked openly about the storm.", "Vell voted against the new wall.",
                "Olsen attacked Vell.");
        assertThat(holding(found, "the storm")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("the storm");
            assertThat(q.cue().get().text()).isEqualTo("talked");
            assertThat(speaker(q)).isEqualTo("Olsen");
        });
        assertThat(holding(found, "the new wall").cue().get().text()).isEqualTo("voted");
        assertThat(holding(found, "Vell").cue().get().text()).isEqualTo("attacked");
    }

    @Test
    void aParticipleAsideDoesNotSplitAQuotationFromItsSecondHalf() {
        List<Quote> found = quotes("“The wall held,” Olsen said, referring to the harbour. “The boats did not.”");
        assertThat(holding(found, "The boats did not")).satisfies(q -> {
            assertThat(speaker(q)).isEqualTo("Olsen");
            assertThat(q.cue().get().text()).isEqualTo("said");
        });
    }

    @Test
    void reportedContentRunsOnPastACueBetweenCommas() {
        Quote q = holding(quotes("The wall would be finished, Olsen said, by the end of the summer."), "The wall");
        assertThat(q.text()).isEqualTo("The wall would be finished, Olsen said, by the end of the summer");
        assertThat(speaker(q)).isEqualTo("Olsen");
    }

    @Test
    void aQuestionPutToSomeoneAndATopicAfterTheAddressee() {
        List<Quote> found = quotes("Asked whether the wall would hold, Olsen said she hoped so.",
                "When asked by a reporter about the cost, Vell left.", "Vell asked Olsen about the repairs.");
        assertThat(holding(found, "whether the wall")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("whether the wall would hold");
            assertThat(q.speaker()).isEmpty();
        });
        assertThat(holding(found, "the cost")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("the cost");
            assertThat(speaker(q)).isEqualTo("a reporter");
        });
        assertThat(holding(found, "the repairs").text()).isEqualTo("the repairs");
    }

    @Test
    void nounsThatReportWordsOrViews() {
        List<Quote> found = quotes("Olsen's criticism of the council grew sharper.", "The attack on the harbour wall failed.",
                "Residents raised concerns about the cost.", "Vell repeated his claim that the wall was safe.");
        assertThat(holding(found, "the council")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("the council");
            assertThat(speaker(q)).isEqualTo("Olsen");
            assertThat(q.cue().get().text()).isEqualTo("criticism");
        });
        assertThat(found).noneMatch(q -> q.text().contains("the harbour wall"));
        assertThat(holding(found, "the cost").cue().get().text()).isEqualTo("concerns");
        assertThat(holding(found, "the wall was safe")).satisfies(q -> assertThat(speaker(q)).isEqualTo("his"));
    }

    @Test
    void aQuotationNothingElsePlacesIsTheLatestSpeakers() {
        List<Quote> found = quotes("Olsen said the wall was old.",
                "Later that night the water rose. “We moved every boat we could find.”");
        assertThat(speaker(holding(found, "We moved every boat"))).isEqualTo("Olsen");
    }
}
