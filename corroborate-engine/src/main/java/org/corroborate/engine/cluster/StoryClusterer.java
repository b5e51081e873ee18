package org.corroborate.engine.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Story;
import org.corroborate.model.Token;

/**
 * Groups articles into stories as they arrive. An article is a weighted bag of features: the names of the
 * people, organisations and places it mentions (weighted by how often) and its nouns; a story is the sum of
 * its articles' bags. An article joins the story whose bag is most similar (cosine, with features weighted by
 * inverse document frequency over the articles seen so far) when that similarity reaches the threshold, and
 * opens a new story otherwise.
 *
 * <p>Not thread-safe: one clusterer holds one run's stories; feed it articles in a fixed order for a
 * reproducible result.
 */
public final class StoryClusterer {

    private static final double NAME_WEIGHT = 3.0;

    private final double threshold;
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, Set<Integer>> storiesByFeature = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int articles;

    private static final class StoryState {
        final String id;
        final List<ArticleFacts> members = new ArrayList<>();
        final Map<String, Double> features = new HashMap<>();

        StoryState(String id) {
            this.id = id;
        }
    }

    /** @param threshold the least similarity, from 0 to 1, at which an article joins a story */
    public StoryClusterer(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the clustering threshold must lie between 0 and 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds an article and returns the id of the story it joined or opened. */
    public String add(ArticleFacts article) {
        Map<String, Double> features = features(article);
        articles++;
        for (String f : features.keySet()) {
            documentFrequency.merge(f, 1, Integer::sum);
        }
        Set<Integer> candidates = new HashSet<>();
        for (String f : features.keySet()) {
            candidates.addAll(storiesByFeature.getOrDefault(f, Set.of()));
        }
        StoryState best = null;
        double bestScore = threshold;
        for (int c : candidates) {
            double score = cosine(features, stories.get(c).features);
            if (score >= bestScore) {
                bestScore = score;
                best = stories.get(c);
            }
        }
        if (best == null) {
            best = new StoryState("s" + article.article().id());
            stories.add(best);
        }
        int index = stories.indexOf(best);
        best.members.add(article);
        for (Map.Entry<String, Double> e : features.entrySet()) {
            best.features.merge(e.getKey(), e.getValue(), Double::sum);
            storiesByFeature.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(index);
        }
        return best.id;
    }

    public List<Story> stories() {
        return stories.stream().map(s -> new Story(s.id, s.members)).toList();
    }

    private double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            na += w * w;
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += w * other * idf(e.getKey());
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private double idf(String feature) {
        return Math.log(1.0 + (double) (articles + 1) / (1 + documentFrequency.getOrDefault(feature, 0)));
    }

    static Map<String, Double> features(ArticleFacts article) {
        Map<String, Double> features = new LinkedHashMap<>();
        for (Entity e : article.annotated().entities()) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION) {
                features.merge("n:" + e.name().toLowerCase(Locale.ROOT), NAME_WEIGHT * Math.sqrt(e.mentions().size()), Double::sum);
            }
        }
        for (Token t : article.annotated().tokens()) {
            if (t.pos().startsWith("NN") && t.text().length() > 2) {
                features.merge("w:" + t.lemma().toLowerCase(Locale.ROOT), 1.0, Double::sum);
            }
        }
        return features;
    }
}
