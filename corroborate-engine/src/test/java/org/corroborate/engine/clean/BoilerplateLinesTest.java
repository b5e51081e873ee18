package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.BlockKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "READ MORE: Harbour master retires after 30 years          | READ_MORE",
        "Related: Ferry fares to rise in April                     | READ_MORE",
        "Show More                                                 | PROMOTION",
        "Featured Video                                            | PROMOTION",
        "More From Estuary FM 101.2                                | PROMOTION",
        "Advertisement                                             | ADVERTISEMENT",
        "Story continues below advertisement                       | ADVERTISEMENT",
        "Share this article                                        | SHARE",
        "1,204 shares                                              | SHARE",
        "Share on X                                                | SHARE",
        "Share via WhatsApp                                        | SHARE",
        "More in Local News                                        | RELATED",
        "Gallery Credit: Ann Example                               | GALLERY",
        "Credits: Example Images/Someone                           | CREDIT",
        "(Image: GETTY)                                            | CREDIT",
        "Photo by Jane Roe for The Gazette                         | CREDIT",
        "By Mara Ellison and Tobias Wren                           | AUTHOR",
        "Written by Tobias Wren                                    | AUTHOR",
        "Have a tip? Mara Ellison can be reached at mara@example.org | AUTHOR",
        "© 2024 The Kestrel Gazette. All rights reserved.          | NOTICE",
        "We use cookies to give you the best experience.           | NOTICE",
        "Sign up for our daily newsletter                          | NEWSLETTER",
        "Get the latest updates right in your inbox.               | NEWSLETTER",
        "Tags: ferry, harbour, storm                               | TAGS",
        "ferry, harbour, storm imogen                              | TAGS",
        "Published: 7 March 2024, 08:15                            | OTHER_BOILERPLATE",
        "November 19, 2019 3:05 pm                                 | OTHER_BOILERPLATE",
        "5 min read                                                | OTHER_BOILERPLATE",
    })
    void recognisesBoilerplateLines(String line, BlockKind kind) {
        assertThat(BoilerplateLines.classify(line)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ferry carried its first passengers in nine days on Thursday.",
        "Photographers lined the quay as the ferry left, and many of them stayed for hours.",
        "By the end of the day, 400 people had crossed.",
        "Subscribers to the ferry pass will get a refund for the days the service did not run, the operator said.",
        "More than 400 people crossed on the first day.",
        "“Share the road,” the sign says.",
        "Related work on the breakwater will start in May.",
        "i think, therefore i am.",
    })
    void leavesProseAlone(String line) {
        assertThat(BoilerplateLines.classify(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Crews work on the sea wall on Monday. (Mara Ellison/The Wexford Herald)",
        "The ferry leaves the slipway after nine days. (Estuary Photo)",
        "Smoke over the quay at dawn. Photo by Tobias Wren",
        "The old ferry terminal in 2019. Herald file photo",
    })
    void aCaptionEndingInItsCreditIsRecognised(String line) {
        assertThat(BoilerplateLines.isCreditedCaption(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ferry will run on Sundays (and on holidays/weekends).",
        "The operator said the repairs were finished (Reuters).",
        "Residents said the photo by the harbour wall was taken in 2019.",
    })
    void proseEndingInAParenthesisIsNoCaption(String line) {
        assertThat(BoilerplateLines.isCreditedCaption(line)).isFalse();
    }

    @Test
    void aPhotographerAndAgenciesBetweenBarsAreACredit() {
        assertThat(BoilerplateLines.classify("Ann Example | Bloomberg | Getty Images")).contains(BlockKind.CREDIT);
        assertThat(BoilerplateLines.classify("Harbour master Delphine Okafor | The Gazette")).isEmpty();
    }

    @Test
    void readsWhoAndWhatTheLinesName() {
        assertThat(BoilerplateLines.outletOfMoreFrom("More From Estuary FM 101.2")).contains("Estuary FM 101.2");
        assertThat(BoilerplateLines.byline("By Mara Ellison and Tobias Wren, Reuters")).contains("Mara Ellison and Tobias Wren");
        assertThat(BoilerplateLines.writtenBy("Written by Tobias Wren")).contains("Tobias Wren");
        assertThat(BoilerplateLines.byline("By the end of the day, 400 people had crossed.")).isEmpty();
    }
}
