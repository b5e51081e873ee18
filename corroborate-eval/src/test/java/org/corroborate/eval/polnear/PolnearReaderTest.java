package org.corroborate.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class PolnearReaderTest {

    private static final String TEXT = "Ferry fares rise.\n\n“We had no choice,” the operator said. “Fuel doubled.”\n\n"
            + "The council says it will\nreview the fares.";

    private static Span at(String words) {
        int i = TEXT.indexOf(words);
        return new Span(i, i + words.length());
    }

    @Test
    void readsAttributionsWithDiscontinuousContentAndTextRunningOverLines() {
        Span first = at("“We had no choice,”");
        Span second = at("“Fuel doubled.”");
        Span review = at("it will\nreview the fares");
        String ann = "T1\tSource " + at("the operator").start() + " " + at("the operator").end() + "\tthe operator\n"
                + "T2\tCue " + at("said").start() + " " + at("said").end() + "\tsaid\n"
                + "T3\tContent " + first.start() + " " + first.end() + ";" + second.start() + " " + second.end()
                + "\t“We had no choice,” “Fuel doubled.”\n"
                + "T4\tAttribution " + at("said").start() + " " + at("said").end() + "\tsaid\n"
                + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                + "T5\tSource " + at("The council").start() + " " + at("The council").end() + "\tThe council\n"
                + "T6\tCue " + at("says").start() + " " + at("says").end() + "\tsays\n"
                + "T7\tContent " + review.start() + " " + review.end() + "\tit will\n"
                + "review the fares\n"
                + "T8\tAttribution " + at("says").start() + " " + at("says").end() + "\tsays\n"
                + "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n"
                + "#1\tAnnotatorNotes T7\ta note\n";

        PolnearArticle article = new PolnearReader().parse("x", "train", "a1", TEXT, ann);

        assertThat(article.attributions()).hasSize(2);
        GoldAttribution quote = article.attributions().get(0);
        assertThat(quote.content()).containsExactly(first, second);
        assertThat(quote.source()).containsExactly(at("the operator"));
        assertThat(quote.isDirect(TEXT)).isTrue();
        GoldAttribution reported = article.attributions().get(1);
        assertThat(reported.content()).containsExactly(review);
        assertThat(reported.isDirect(TEXT)).isFalse();
    }

    @Test
    void offsetsCountCodePointsAndAreCheckedAgainstTheText() {
        String text = "Fans sent 🎉 and wrote “what a night.”";
        int cp = text.codePointCount(0, text.indexOf("what"));
        String ann = "T1\tContent " + cp + " " + (cp + 12) + "\twhat a night\nT2\tCue 0 4\tFans\nE1\tAttribution-no-source:T2 Content:T1 Cue:T2\n";
        PolnearArticle article = new PolnearReader().parse("x", "dev", "a1", text, ann);
        assertThat(article.attributions()).singleElement()
                .satisfies(a -> assertThat(a.content().get(0).of(text)).isEqualTo("what a night"));

        assertThatThrownBy(() -> new PolnearReader().parse("x", "dev", "a1", text, "T1\tContent 0 4\tnope\n"))
                .hasMessageContaining("T1").hasMessageContaining("nope");
    }

    @Test
    void anEventWithoutContentIsNoAttribution() {
        PolnearArticle article = new PolnearReader().parse("x", "dev", "a1", TEXT, "T1\tCue 0 5\tFerry\nE1\tAttribution:T1\n");
        assertThat(article.attributions()).isEqualTo(List.of());
    }
}
