package org.corroborate.engine.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Invariants on random text made of time words, numbers, names and punctuation (the Lucene analysis tests'
 * approach): no exception, every expression inside one region, in text order, not overlapping, its text the
 * text at its span, and a value in one of the TIMEX3 shapes.
 */
class TimeTaggerInvariantsTest {

    private static final String[] WORDS = {"the", "last", "next", "this", "Friday", "Friday,", "March", "May", "may",
        "Aug.", "25", "25,", "2001", "1508", "'80s", "1990s", "a", "year", "years", "ago", "earlier", "later", "day",
        "week", "weeks", "quarter", "third-quarter", "third", "now", "today", "Tonight", "tonight", "yesterday", "morning",
        "at", "10:35", "a.m.", "p.m.", "EST", "noon", "every", "daily", "two", "few", "several", "since", "until", "by",
        "said", "will", "was", "anniversary", "20th", "of", "in", "on", "summer", "fall", "Christmas", "Entertainment",
        "USA", "Today", "$", "%", ".", ",", "\n", "\n\n", "(", ")", "-", "1/2", "half", "an", "hour", "century",
        "fiscal", "1989", "Oct.", "23", "Thanksgiving", "the", "same", "following", "previous", "year-earlier", "recent"};

    private final TimeTagger tagger = new TimeTagger();

    @Test
    void randomTextKeepsTheContract() {
        Random random = new Random(20240501L);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(120);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String t = text.toString();
            List<Span> regions = regions(t, random);
            Optional<LocalDate> published = random.nextBoolean()
                    ? Optional.of(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    : Optional.empty();

            List<TimeExpression> found = tagger.tag(t, regions, published);

            Span previous = null;
            for (TimeExpression e : found) {
                assertThat(regions).as("the region of %s in %s", e, t).anyMatch(r -> r.contains(e.span()));
                assertThat(e.span().of(t)).isEqualTo(e.text());
                assertThat(e.span().isEmpty()).isFalse();
                assertThat(e.value()).as("value of %s in %s", e, t).matches(
                        "P.+|PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{2,4}(-.*)?|[0-9X]{4}-.+");
                if (previous != null) {
                    assertThat(e.span().start()).isGreaterThanOrEqualTo(previous.end());
                }
                previous = e.span();
            }
        }
    }

    /** One to three regions cut at random points, in order and apart. */
    private static List<Span> regions(String text, Random random) {
        List<Span> regions = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        int from = 0;
        for (int i = 0; i < n && from < text.length(); i++) {
            int to = i == n - 1 ? text.length() : Math.min(text.length(), from + 1 + random.nextInt(Math.max(1, text.length() - from)));
            regions.add(new Span(from, to));
            from = Math.min(text.length(), to + random.nextInt(3));
        }
        return regions;
    }

    @Test
    void nothingCrossesARegionEdge() {
        String text = "The dam broke on August\n25, 2001.";
        int cut = text.indexOf('\n');
        List<TimeExpression> found = tagger.tag(text, List.of(new Span(0, cut), new Span(cut + 1, text.length())),
                Optional.of(LocalDate.of(2001, 9, 1)));
        assertThat(found).extracting(TimeExpression::text).contains("2001").noneMatch(s -> s.contains("\n"));
    }

    @Test
    void emptyTextAndNoRegionsFindNothing() {
        assertThat(tagger.tag("", List.of(), Optional.empty())).isEmpty();
        assertThat(tagger.tag("It rained on Friday.", List.of(), Optional.empty())).isEmpty();
    }
}
