package org.corroborate.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.engine.LineAnalyzer;
import org.corroborate.engine.TestArticles;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Published;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Test;

/**
 * Clustering on invented articles, with the real MiniLM encoder and the test analyzer (capitalised words as
 * names). The two fires are the hard case of the sample corpus in miniature: same kind of event, same region,
 * same words, two days apart.
 */
class StoryClustererTest {

    private static final ArticleProfiler PROFILER = new ArticleProfiler(MiniLmEncoder.shared());

    private final Annotator annotator = new Annotator(new LineAnalyzer());
    private final FactExtractor extractor = new FactExtractor();

    private ArticleFacts article(String id, int day, String text) {
        Article a = TestArticles.article(id, "Outlet " + id, text);
        a = new Article(a.id(), a.source(), a.url(), a.metadata().withPublished(Optional.of(Published.on(LocalDate.of(2024, 6, day)))),
                a.text(), a.blocks());
        return extractor.apply(annotator.apply(a));
    }

    private static final List<String> MILL_FIRE = List.of(
            "A fire at the Dunmore flour mill in Carrow killed three workers on Monday night. Fire chief Odile Marsh said "
                    + "the blaze started in the grain dryer and spread through the roof. Twelve people were taken to hospital.",
            "Three workers died when fire swept through the Dunmore flour mill in Carrow, Odile Marsh said on Tuesday. The "
                    + "grain dryer is thought to be where the fire began. Twelve people needed hospital treatment.",
            "Carrow mourns three mill workers. The Dunmore flour mill fire burned for six hours before crews from Carrow "
                    + "and Ellery brought it under control, Odile Marsh said. Investigators are examining the grain dryer.");

    private static final List<String> DOCK_FIRE = List.of(
            "A fire destroyed a timber warehouse at Pier 4 in Saltmouth on Wednesday. Deputy chief Ravi Penrose said one "
                    + "firefighter was hurt. The warehouse belongs to Holloway Timber.",
            "Holloway Timber said it would rebuild its warehouse at Pier 4 after Wednesday's fire in Saltmouth. Ravi Penrose "
                    + "said the firefighter injured in the blaze was recovering.");

    private List<Story> cluster(ClusterSettings settings, List<ArticleFacts> articles) {
        StoryClusterer clusterer = new StoryClusterer(settings, PROFILER);
        articles.forEach(clusterer::add);
        return clusterer.stories();
    }

    private static Set<Set<String>> partition(List<Story> stories) {
        return stories.stream()
                .map(s -> s.articles().stream().map(a -> a.article().id()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private List<ArticleFacts> twoFires() {
        List<ArticleFacts> articles = new ArrayList<>();
        articles.add(article("mill-1", 11, MILL_FIRE.get(0)));
        articles.add(article("mill-2", 11, MILL_FIRE.get(1)));
        articles.add(article("dock-1", 13, DOCK_FIRE.get(0)));
        articles.add(article("mill-3", 13, MILL_FIRE.get(2)));
        articles.add(article("dock-2", 14, DOCK_FIRE.get(1)));
        return articles;
    }

    @Test
    void twoFiresInOneRegionTwoDaysApartStayTwoStories() {
        assertThat(partition(cluster(ClusterSettings.DEFAULT, twoFires())))
                .containsExactlyInAnyOrder(Set.of("mill-1", "mill-2", "mill-3"), Set.of("dock-1", "dock-2"));
    }

    @Test
    void theIndexFindsTheStoryThatComparingWithEveryStoryFinds() {
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.DEFAULT, PROFILER);
        for (ArticleFacts a : twoFires()) {
            ArticleProfile p = clusterer.profile(a);
            List<StoryClusterer.Match> viaIndex = clusterer.matches(p, false);
            List<StoryClusterer.Match> viaAll = clusterer.matches(p, true);
            assertThat(viaIndex.stream().map(StoryClusterer.Match::story).findFirst())
                    .isEqualTo(viaAll.stream().map(StoryClusterer.Match::story).findFirst());
            clusterer.add(p);
        }
    }

    @Test
    void aRewrittenWireStoryJoinsTheStoryItRewrites() {
        ArticleFacts wire = article("wire", 11, MILL_FIRE.get(0));
        ArticleFacts rewrite = article("rewrite", 12, "Three people were killed on Monday night when a blaze tore through "
                + "Carrow's Dunmore flour mill. The fire began in a grain dryer before reaching the roof, according to fire "
                + "chief Odile Marsh. A dozen people went to hospital.");
        ArticleFacts other = article("dock", 12, DOCK_FIRE.get(0));
        assertThat(partition(cluster(ClusterSettings.DEFAULT, List.of(wire, other, rewrite))))
                .containsExactlyInAnyOrder(Set.of("wire", "rewrite"), Set.of("dock"));
    }

    @Test
    void aNearCopyJoinsThroughItsShinglesAlone() {
        ArticleFacts original = article("original", 11, MILL_FIRE.get(0));
        ArticleFacts copy = article("copy", 11, "Breaking: " + MILL_FIRE.get(0).replace("Monday night", "Monday evening"));
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.DEFAULT, PROFILER);
        clusterer.add(original);
        ArticleProfile profile = clusterer.profile(copy);
        StoryClusterer.Match best = clusterer.matches(profile, false).get(0);
        assertThat(best.shingles()).isGreaterThan(0.5);
        assertThat(clusterer.add(profile)).isEqualTo(clusterer.stories().get(0).id());
    }

    @Test
    void withAWindowTheSameWordsAYearApartAreTwoStories() {
        String regatta = "The Saltmouth harbour regatta drew forty boats on Saturday. Skipper Ines Arbuckle won the open race "
                + "for the town sailing club.";
        ArticleFacts thisYear = article("2024", 8, regatta);
        Article lastYear = thisYear.article();
        lastYear = new Article("2023", lastYear.source(), lastYear.url(),
                lastYear.metadata().withPublished(Optional.of(Published.on(LocalDate.of(2023, 6, 10)))), lastYear.text(), lastYear.blocks());
        ArticleFacts earlier = extractor.apply(annotator.apply(lastYear));
        assertThat(partition(cluster(ClusterSettings.DEFAULT.withWindowDays(90), List.of(earlier, thisYear))))
                .containsExactlyInAnyOrder(Set.of("2023"), Set.of("2024"));
        assertThat(partition(cluster(ClusterSettings.DEFAULT, List.of(earlier, thisYear)))).containsExactly(Set.of("2023", "2024"));
    }

    @Test
    void aRunIsReproducible() {
        Map<String, List<String>> first = ids(cluster(ClusterSettings.DEFAULT, twoFires()));
        Map<String, List<String>> second = ids(cluster(ClusterSettings.DEFAULT, twoFires()));
        assertThat(first).isEqualTo(second);
    }

    private static Map<String, List<String>> ids(List<Story> stories) {
        return stories.stream().collect(Collectors.toMap(Story::id, s -> s.articles().stream().map(a -> a.article().id()).toList()));
    }
}
