package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.corroborate.engine.LineAnalyzer;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Invariants on random text of speech verbs, names, pronouns, quotation marks of every style and punctuation
 * (the Lucene analysis tests' approach): no exception, every quote inside the text and inside one body block's
 * reach, its text the text at its span, its parts inside it and in order, a speaker and a cue that point at their
 * own words, and indirect speech without parts. The tags come from a small lexicon ({@link LineAnalyzer}), enough
 * to drive every path.
 */
class QuoteExtractorInvariantsTest {

    private static final String[] WORDS = {"said", "says", "told", "added", "according", "to", "per", "that", "the",
        "a", "mayor", "actress", "she", "he", "they", "it", "Nell", "Dane", "Port", "Harbour", "Courier", "ferry",
        "will", "was", "run", "in", "May", "on", "Tuesday", "and", "but", "who", "revealed", "continued", "called",
        "believes", "wants", "interview", "with", "an", "statement", "“", "”", "\"", "''", "‘", "’", "'", ",", ".",
        ":", "?", "—", ";", "\n\n", "So", "I", "we", "my", "our", "asked", "whether", "laughed", "title"};

    private static final Map<String, String[]> LEXICON = Map.ofEntries(
            Map.entry("said", new String[] {"VBD", "say"}), Map.entry("says", new String[] {"VBZ", "say"}),
            Map.entry("told", new String[] {"VBD", "tell"}), Map.entry("added", new String[] {"VBD", "add"}),
            Map.entry("revealed", new String[] {"VBD", "reveal"}), Map.entry("continued", new String[] {"VBD", "continue"}),
            Map.entry("called", new String[] {"VBD", "call"}), Map.entry("believes", new String[] {"VBZ", "believe"}),
            Map.entry("wants", new String[] {"VBZ", "want"}), Map.entry("asked", new String[] {"VBD", "ask"}),
            Map.entry("laughed", new String[] {"VBD", "laugh"}), Map.entry("according", new String[] {"VBG", "accord"}),
            Map.entry("will", new String[] {"MD", "will"}), Map.entry("was", new String[] {"VBD", "be"}),
            Map.entry("run", new String[] {"VB", "run"}), Map.entry("the", new String[] {"DT", "the"}),
            Map.entry("a", new String[] {"DT", "a"}), Map.entry("an", new String[] {"DT", "an"}),
            Map.entry("that", new String[] {"IN", "that"}), Map.entry("she", new String[] {"PRP", "she"}),
            Map.entry("he", new String[] {"PRP", "he"}), Map.entry("they", new String[] {"PRP", "they"}),
            Map.entry("it", new String[] {"PRP", "it"}), Map.entry("I", new String[] {"PRP", "I"}),
            Map.entry("we", new String[] {"PRP", "we"}), Map.entry("my", new String[] {"PRP$", "my"}),
            Map.entry("our", new String[] {"PRP$", "our"}), Map.entry("who", new String[] {"WP", "who"}),
            Map.entry("whether", new String[] {"IN", "whether"}), Map.entry("and", new String[] {"CC", "and"}),
            Map.entry("but", new String[] {"CC", "but"}), Map.entry("to", new String[] {"TO", "to"}));

    @Test
    void randomTextKeepsTheContract() {
        Random random = new Random(20241103L);
        Annotator annotator = new Annotator(new LineAnalyzer(LEXICON));
        QuoteExtractor extractor = new QuoteExtractor();
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(160);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            AnnotatedArticle a = annotator.apply(article(t, random));

            List<Quote> quotes = extractor.extract(a);

            Span previous = null;
            for (Quote q : quotes) {
                assertThat(q.span().end()).as("%s in %s", q, t).isLessThanOrEqualTo(t.length());
                assertThat(q.span().of(t)).isEqualTo(q.text());
                assertThat(q.span().isEmpty()).as("%s in %s", q, t).isFalse();
                if (q.kind() == QuoteKind.INDIRECT) {
                    assertThat(q.parts()).isEmpty();
                } else {
                    assertThat(q.parts()).as("%s in %s", q, t).isNotEmpty().allMatch(p -> q.span().contains(p));
                }
                q.speaker().ifPresent(s -> assertThat(s.span().of(t)).isEqualTo(s.text()));
                q.cue().ifPresent(c -> assertThat(c.span().of(t)).isEqualTo(c.text()));
                if (previous != null) {
                    assertThat(q.span()).as("in text order: %s in %s", q, t).isGreaterThanOrEqualTo(previous);
                }
                previous = q.span();
            }
        }
    }

    /** The text cut into paragraphs at blank lines, the first one a title now and then. */
    private static Article article(String text, Random random) {
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int cut = text.indexOf("\n\n", from);
            int to = cut < 0 ? text.length() : cut;
            if (to > from) {
                BlockKind kind = blocks.isEmpty() && random.nextInt(4) == 0 ? BlockKind.TITLE : BlockKind.PARAGRAPH;
                blocks.add(new Block(new Span(from, to), kind));
            }
            from = to + 2;
        }
        return new Article("x", "x.txt", Optional.empty(), Metadata.EMPTY, text, blocks);
    }
}
