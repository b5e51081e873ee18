package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class NonSpeechTest {

    private static boolean isName(String text, boolean headline) {
        return NonSpeech.isName(text, QuotationMarks.scan(text, new Span(0, text.length())).get(0), headline);
    }

    @Test
    void titlesOfWorksAreNames() {
        assertThat(isName("She sang the \"Harbour Lights\" chorus twice.", false)).isTrue();
        assertThat(isName("His mournful “Salt Wind” music video came out in 2003.", false)).isTrue();
        assertThat(isName("after his last film, “The Long Tide,” he told the Gazette", false)).isTrue();
        assertThat(isName("an ad titled “Shame.” ran all week", false)).isTrue();
    }

    @Test
    void aNicknameBetweenTwoNamesIsAName() {
        assertThat(isName("Marcus “The Anchor” Bell rowed for the club.", false)).isTrue();
    }

    @Test
    void speechIsNotANameEvenInTitleCaseWhenItSpeaksInThePersonOrHasTwoSentences() {
        assertThat(isName("“We Will Not Close The Pier,” the warden said.", false)).isFalse();
        assertThat(isName("“Like Dover. Or Calais,” she said.", false)).isFalse();
        assertThat(isName("“the tide was kind to us,” he said.", false)).isFalse();
    }

    @Test
    void inAHeadlineTitleCaseIsNoSign() {
        assertThat(isName("Warden Says Council “Broke Its Promise” Over Pier", true)).isFalse();
        assertThat(isName("Warden Says Council “Broke Its Promise” Over Pier", false)).isTrue();
    }
}
