package org.corroborate.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corroborate.engine.LineAnalyzer;
import org.corroborate.engine.TestArticles;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.annotate.TaggedSentence;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The features an article is clustered by, on invented articles. The test analyzer tags capitalised words as
 * people; here the places of {@link #PLACES} are tagged as places, so that people's names can be told apart.
 */
class ArticleProfilerTest {

    private static final Set<String> PLACES = Set.of("Saltmouth", "Carrow");

    /** The test analyzer, with the words of {@link #PLACES} tagged LOCATION. */
    private static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer() {
        private final LineAnalyzer words = new LineAnalyzer();

        @Override
        public List<TaggedSentence> analyze(String text, List<Span> regions) {
            return words.analyze(text, regions).stream()
                    .map(s -> new TaggedSentence(s.region(), s.tokens().stream()
                            .map(t -> PLACES.contains(t.text()) ? new Token(t.span(), t.text(), t.pos(), t.lemma(), "LOCATION") : t)
                            .toList()))
                    .toList();
        }

        @Override
        public String describe() {
            return "test analyzer with places";
        }
    };

    /** The features tested here need no embedding: every lead gets the same one. */
    private final ArticleProfiler profiler = new ArticleProfiler(new SentenceEncoder() {
        @Override
        public Embedding encode(String text) {
            return new Embedding(new float[] {1, 0});
        }

        @Override
        public String describe() {
            return "one vector for every text";
        }
    });

    private ArticleProfile profile(String text) {
        return profiler.profile(new FactExtractor().apply(new Annotator(ANALYZER).apply(TestArticles.article("a", "Outlet", text))));
    }

    @Test
    void peopleAreTheNamesOfPeopleAlone() {
        ArticleProfile p = profile("The police in Saltmouth arrested Ravi Penrose. Penrose was released on bail.");
        assertThat(p.names()).containsKeys("n:saltmouth", "n:ravi penrose", "t:penrose");
        assertThat(p.persons()).containsOnlyKeys("n:ravi penrose", "t:ravi", "t:penrose");
        assertThat(p.persons().get("n:ravi penrose")).isEqualTo(p.names().get("n:ravi penrose"));
    }

    @Test
    void daysOfTheYearCountWithOrWithoutTheirYear() {
        ArticleProfile p = profile("The mill burned on December 13, 2008, the chief said. Crews stayed until Dec. 14 and "
                + "returned on Dec. 13 for the inquiry.");
        assertThat(p.monthDays()).containsOnlyKeys("d:12-13", "d:12-14");
        assertThat(p.monthDays().get("d:12-13")).isEqualTo(2.0);
    }
}
