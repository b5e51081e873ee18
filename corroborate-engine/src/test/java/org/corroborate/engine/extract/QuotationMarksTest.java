package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> contents(String text) {
        return QuotationMarks.scan(text, new Span(0, text.length())).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void curlyAndStraightMarksGiveTheWordsWithoutMarksOrTheTrailingComma() {
        assertThat(contents("“The pier is closed,” the warden said. \"Come back in May.\""))
                .containsExactly("The pier is closed", "Come back in May.");
    }

    @Test
    void theExactSpanOfAQuotationExcludesItsMarks() {
        String text = "She said: “Keep the lamps lit.”";
        QuotationMarks.Quoted q = QuotationMarks.scan(text, new Span(0, text.length())).get(0);
        assertThat(q.outer()).isEqualTo(new Span(10, 31));
        assertThat(q.content()).isEqualTo(new Span(11, 30));
        assertThat(q.closed()).isTrue();
    }

    @Test
    void singleMarksInsideAQuotationAreAQuotationWithinItAndApostrophesAreNoMarks() {
        assertThat(contents("“He came in and said, ‘Skipper, this is my last trip,’ and I didn’t argue,” Nell said."))
                .containsExactly("He came in and said, ‘Skipper, this is my last trip,’ and I didn’t argue");
        assertThat(contents("The keepers’ union met at Orla’s house; nobody quoted anyone.")).isEmpty();
    }

    @Test
    void doubledApostrophesOfNewspaperArchivesAreDoubleMarks() {
        assertThat(contents("''We were lucky,'' Mr. Dane said, ''and the tide was 'almost kind.'''"))
                .containsExactly("We were lucky", "and the tide was 'almost kind.'");
    }

    @Test
    void aQuotationLeftOpenRunsToTheEndOfItsParagraph() {
        String text = "“The ferry will run twice a day. The fares stay the same.";
        List<QuotationMarks.Quoted> quoted = QuotationMarks.scan(text, new Span(0, text.length()));
        assertThat(quoted).singleElement().satisfies(q -> {
            assertThat(q.closed()).isFalse();
            assertThat(q.content().of(text)).isEqualTo("The ferry will run twice a day. The fares stay the same.");
        });
        assertThat(QuotationMarks.startsWithOpeningMark("  “Then the fares", new Span(0, 17))).isTrue();
    }

    @Test
    void singleMarksAtTheTopLevelQuoteAsHeadlinesUseThemButNotAnElidedCentury() {
        assertThat(contents("Warden: ‘We Will Reopen The Pier By May’")).containsExactly("We Will Reopen The Pier By May");
        assertThat(contents("A tune from the ’90s played on.")).isEmpty();
    }

    @Test
    void onlyTheRegionIsScanned() {
        String text = "“Outside.” Inside: “this one.”";
        assertThat(QuotationMarks.scan(text, new Span(11, text.length()))).singleElement()
                .satisfies(q -> assertThat(q.content().of(text)).isEqualTo("this one."));
    }
}
