package org.corroborate.engine.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;

/**
 * Groups articles into stories as they arrive: each article joins the story it matches best, or opens a new
 * one when none matches well enough.
 *
 * <p>An article is compared with a story's sums ({@link StoryScorer}): the names it shares with the story, those
 * of people apart, its content words and numbers and the days of the year it names (each weighted by how rare it
 * is among the articles seen so far), the embedding of its lead against the story's, and the latest years each
 * names; a near-copy of a member (MinHash) joins whatever the rest says. The evidence is weighed by
 * {@link MatchModel#ARTICLE}; the article joins when the result reaches the threshold. When the settings set a
 * window, a story published wholly more than {@code windowDays} from a dated article is never its story. Two
 * reports of one kind of event (two fires in one region two days apart) share most of their words and the feel of
 * their leads; they part on their names, above all of people, numbers and dates, which is why those weigh most.
 *
 * <p>When asked for its stories, the clusterer first consolidates them: in the order they opened, each story
 * merges into the earlier story it now matches best ({@link MatchModel#STORY}) when that reaches
 * {@value #CONSOLIDATE} (and their publication dates lie within the window, if one is set). Early in a story,
 * before its sums settle, two of its articles may each have opened a story of their own; a story of many
 * articles says more about its event than its first one did. On ECB+ this is worth about 0.02 of BCubed F1.
 *
 * <p><b>Cost per article</b>, whatever the number of stories: candidates come from an inverted index
 * ({@link CandidateIndex}) over the article's names and its {@value #QUERY_WORDS} rarest words, each posting list
 * holding only the {@code postings} stories that most recently used the feature, plus MinHash band keys for
 * near-copies. That reads at most (names + {@value #QUERY_WORDS}) × {@code postings} postings (about 5,000 with the
 * defaults), and the best {@code candidates} stories (24) are compared in full, each comparison bounded too
 * (see {@link StoryScorer}). Consolidation costs the same per story. Memory grows with the articles kept in the
 * stories (their facts) and, per story, with at most 1,200 sums of each kind of feature and a 384-dimension
 * embedding sum.
 * {@code corroborate-eval}'s {@code ClusteringBenchmark} measures it against comparing with every story.
 *
 * <p>Not thread-safe, except {@link #profile}: one clusterer holds one run's stories, fed in a fixed order for
 * a reproducible result; the pipeline profiles articles on its workers and adds them in input order.
 */
public final class StoryClusterer {

    /** The least {@link MatchModel#STORY} probability at which consolidation merges two stories. */
    static final double CONSOLIDATE = 0.7;
    /** Words of an article, its rarest, that it is filed under and looks for candidates with. */
    static final int QUERY_WORDS = 40;

    /**
     * How an article compares with one story: {@code score} is the probability, from 0 to 1, that it reports
     * the story's event, from the {@code evidence} and the MinHash similarity of the nearest member
     * ({@code shingles}, 0 when no member shares a band with it).
     */
    public record Match(String story, double score, Evidence evidence, double shingles) {
    }

    private final ClusterSettings settings;
    private final ArticleProfiler profiler;
    private final double consolidate;
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, StoryState> byId = new HashMap<>();
    private final FeatureStatistics statistics = new FeatureStatistics();
    private final StoryScorer scorer;
    private final CandidateIndex index;

    public StoryClusterer(ClusterSettings settings, ArticleProfiler profiler) {
        this(settings, profiler, MatchModel.ARTICLE, MatchModel.STORY, CONSOLIDATE);
    }

    /**
     * A clusterer with other match models than the fitted ones: for the harness that fits them
     * ({@code corroborate-eval}'s {@code MatchModelFit}).
     *
     * @param consolidate the least story-to-story probability at which consolidation merges two stories
     */
    StoryClusterer(ClusterSettings settings, ArticleProfiler profiler, MatchModel articleModel, MatchModel storyModel,
            double consolidate) {
        this.settings = settings;
        this.profiler = profiler;
        this.consolidate = consolidate;
        this.scorer = new StoryScorer(statistics, articleModel, storyModel);
        this.index = new CandidateIndex(settings.postings());
    }

    /** The clusterer {@code analyze} runs: the default settings and the process's MiniLM encoder. */
    public static StoryClusterer standard() {
        return standard(ClusterSettings.DEFAULT_THRESHOLD);
    }

    /** The clusterer {@code analyze --cluster-threshold X} runs. */
    public static StoryClusterer standard(double threshold) {
        return new StoryClusterer(ClusterSettings.DEFAULT.withThreshold(threshold), new ArticleProfiler(MiniLmEncoder.shared()));
    }

    /** The article's profile. Thread-safe, unlike the rest: call it on any thread, then {@link #add} in order. */
    public ArticleProfile profile(ArticleFacts facts) {
        return profiler.profile(facts);
    }

    public String add(ArticleFacts facts) {
        return add(profile(facts));
    }

    /** Adds an article and returns the id of the story it joined or opened. */
    public String add(ArticleProfile article) {
        statistics.count(article.names());
        statistics.count(article.words());
        statistics.count(article.monthDays());
        statistics.countArticle();
        List<Match> matches = matches(article, false);
        StoryState story;
        if (!matches.isEmpty() && matches.get(0).score() >= settings.threshold()) {
            story = byId.get(matches.get(0).story());
        } else {
            story = new StoryState(stories.size(), "s" + article.id());
            stories.add(story);
            byId.put(story.id, story);
        }
        story.add(article);
        for (String f : queryFeatures(article)) {
            index.addFeature(f, story.index);
        }
        index.addBands(article.shingles().bandKeys(), story.index);
        return story.id;
    }

    /**
     * The candidate stories for an article, scored, best first; the article is not added.
     *
     * @param exhaustive score every story instead of the index's candidates: the quadratic baseline that
     *                   benchmarks compare the index with
     */
    public List<Match> matches(ArticleProfile article, boolean exhaustive) {
        List<Match> scored = new ArrayList<>();
        StoryScorer.Query query = scorer.query(article);
        List<StoryState> near = nearCopies(article);
        for (StoryState s : exhaustive ? standing() : candidates(article, near)) {
            if (!scorer.isOutside(article, s, settings.windowDays())) {
                scored.add(scorer.match(article, query, s, near.contains(s)));
            }
        }
        scored.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::story));
        return scored;
    }

    /** The stories, consolidated, in the order they opened; each story's articles in the order they joined. */
    public List<Story> stories() {
        consolidate();
        return standing().stream().map(StoryState::story).toList();
    }

    /** How many stories stand now, before consolidation. */
    public int storyCount() {
        return standing().size();
    }

    private List<StoryState> standing() {
        return stories.stream().filter(s -> s.mergedInto < 0).toList();
    }

    private void consolidate() {
        for (StoryState s : stories) {
            if (s.mergedInto >= 0) {
                continue;
            }
            StoryState best = null;
            double bestScore = consolidate;
            for (StoryState other : candidates(s)) {
                if (other.index < s.index && !s.isOutside(other, settings.windowDays())) {
                    double score = scorer.score(s, other);
                    if (score >= bestScore) {
                        bestScore = score;
                        best = other;
                    }
                }
            }
            if (best != null) {
                best.absorb(s);
            }
        }
    }

    private int root(int story) {
        int s = story;
        while (stories.get(s).mergedInto >= 0) {
            s = stories.get(s).mergedInto;
        }
        return s;
    }

    /** Standing stories that share the article's rarest features, best first, and those holding a near-copy. */
    private List<StoryState> candidates(ArticleProfile article, List<StoryState> nearCopies) {
        List<StoryState> out = new ArrayList<>(nearCopies);
        int near = out.size();
        for (StoryState s : ranked(queryFeatures(article), -1)) {
            if (out.size() >= near + settings.candidates()) {
                break;
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Standing stories holding a member that shares a MinHash band key with the article. */
    private List<StoryState> nearCopies(ArticleProfile article) {
        List<StoryState> out = new ArrayList<>();
        for (int s : index.nearDuplicates(article.shingles().bandKeys())) {
            StoryState r = stories.get(root(s));
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Standing stories that share the story's rarest features, best first, the story itself left out. */
    private List<StoryState> candidates(StoryState story) {
        List<Map.Entry<String, Double>> features = new ArrayList<>(story.names.entrySet());
        features.addAll(story.words.entrySet());
        features.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * statistics.idf(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        List<String> query = features.subList(0, Math.min(2 * QUERY_WORDS, features.size())).stream().map(Map.Entry::getKey).toList();
        List<StoryState> ranked = ranked(query, story.index);
        return ranked.subList(0, Math.min(settings.candidates(), ranked.size()));
    }

    /** Stories found under the features, ranked by the summed IDF of the features they share. */
    private List<StoryState> ranked(List<String> features, int except) {
        Map<Integer, Double> votes = new HashMap<>();
        for (String f : features) {
            double w = statistics.idf(f);
            for (int s : index.stories(f)) {
                int r = root(s);
                if (r != except) {
                    votes.merge(r, w, Double::sum);
                }
            }
        }
        List<Map.Entry<Integer, Double>> entries = new ArrayList<>(votes.entrySet());
        entries.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().map(e -> stories.get(e.getKey())).toList();
    }

    /** The article's features the index files it under and queries with: its names and its rarest words. */
    private List<String> queryFeatures(ArticleProfile article) {
        List<String> out = new ArrayList<>(article.names().keySet());
        List<Map.Entry<String, Double>> words = new ArrayList<>(article.words().entrySet());
        words.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -StoryState.tf(e.getValue()) * statistics.idf(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < Math.min(QUERY_WORDS, words.size()); i++) {
            out.add(words.get(i).getKey());
        }
        return out;
    }
}
