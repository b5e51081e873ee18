package org.corroborate.engine.cluster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;

/**
 * One story as the clusterer keeps it: its members, and the sums of their features that newcomers are compared
 * with (a centroid per kind of feature). Every part a comparison reads is bounded, so that comparing with a
 * story costs the same however large it grows: the name and word sums keep their {@value #MAX_FEATURES}
 * heaviest features, and only the {@value #SIGNATURES} newest MinHash signatures are kept. Not thread-safe.
 */
final class StoryState {

    static final int MAX_FEATURES = 600;
    static final int SIGNATURES = 32;

    final int index;
    final String id;
    final List<ArticleFacts> members = new ArrayList<>();
    final Deque<MinHash> signatures = new ArrayDeque<>();
    final Map<String, Double> names = new HashMap<>();
    /** The name features of people alone, a part of {@link #names}. */
    final Map<String, Double> persons = new HashMap<>();
    /** The days of the year the members name; at most 366 keys, so never pruned. */
    final Map<String, Double> days = new HashMap<>();
    final Map<String, Double> words = new HashMap<>();
    /** The number features of {@link #words} alone, years left out (see {@link #isNumber}). */
    final Map<String, Double> numbers = new HashMap<>();
    double[] lead;
    /** Norms of the IDF-weighted features of each kind, as {@link StoryScorer} last computed them, and when. */
    final double[] norms = new double[StoryScorer.KINDS];
    int normsAt = -1;
    /** The first and last publication dates alone, or null when no member had one. */
    LocalDate firstPublished;
    LocalDate lastPublished;
    /** The latest year any member was published in or names; 0 when none shows one. */
    int latestYear;
    /** The story that absorbed this one, or -1 while it stands on its own. */
    int mergedInto = -1;

    StoryState(int index, String id) {
        this.index = index;
        this.id = id;
    }

    void add(ArticleProfile article) {
        members.add(article.facts());
        signatures.addLast(article.shingles());
        if (signatures.size() > SIGNATURES) {
            signatures.removeFirst();
        }
        addTf(names, article.names());
        addTf(persons, article.persons());
        addTf(days, article.monthDays());
        addTf(words, article.words());
        normsAt = -1;
        if (lead == null) {
            lead = new double[article.lead().dimensions()];
        }
        article.lead().addTo(lead, 1.0);
        if (article.published().isPresent()) {
            LocalDate d = article.published().get();
            firstPublished = firstPublished == null || d.isBefore(firstPublished) ? d : firstPublished;
            lastPublished = lastPublished == null || d.isAfter(lastPublished) ? d : lastPublished;
        }
        latestYear = Math.max(latestYear, latestYear(article));
        prune(names);
        prune(persons);
        prune(words);
        numbers();
    }

    /** Takes in every member and feature of {@code other}, and marks it as absorbed. */
    void absorb(StoryState other) {
        members.addAll(other.members);
        for (MinHash m : other.signatures) {
            signatures.addLast(m);
            if (signatures.size() > SIGNATURES) {
                signatures.removeFirst();
            }
        }
        other.names.forEach((k, v) -> names.merge(k, v, Double::sum));
        other.persons.forEach((k, v) -> persons.merge(k, v, Double::sum));
        other.days.forEach((k, v) -> days.merge(k, v, Double::sum));
        other.words.forEach((k, v) -> words.merge(k, v, Double::sum));
        for (int i = 0; i < lead.length; i++) {
            lead[i] += other.lead[i];
        }
        if (other.firstPublished != null) {
            firstPublished = firstPublished == null || other.firstPublished.isBefore(firstPublished) ? other.firstPublished : firstPublished;
            lastPublished = lastPublished == null || other.lastPublished.isAfter(lastPublished) ? other.lastPublished : lastPublished;
        }
        latestYear = Math.max(latestYear, other.latestYear);
        prune(names);
        prune(persons);
        prune(words);
        numbers();
        normsAt = -1;
        other.mergedInto = index;
    }

    Story story() {
        return new Story(id, members);
    }

    /**
     * True when the story was published wholly more than {@code window} days before or after {@code day}: a
     * different event, however alike the words (this year's regatta and last year's). Never when the window is 0.
     */
    boolean isOutside(LocalDate day, int window) {
        return window > 0 && firstPublished != null && (day.isBefore(firstPublished.minusDays(window)) || day.isAfter(lastPublished.plusDays(window)));
    }

    /** True when both stories have publication dates and the nearest two lie more than {@code window} days apart. */
    boolean isOutside(StoryState other, int window) {
        return window > 0 && firstPublished != null && other.firstPublished != null
                && (other.lastPublished.isBefore(firstPublished.minusDays(window)) || other.firstPublished.isAfter(lastPublished.plusDays(window)));
    }

    /**
     * The latest year the article was published in or names as a number ("in 2008", "the 2008 season"); 0 when
     * it shows none. A text names years before its event far more often than after it.
     */
    static int latestYear(ArticleProfile article) {
        int year = article.published().map(LocalDate::getYear).orElse(0);
        for (String w : article.words().keySet()) {
            if (isYear(w)) {
                year = Math.max(year, Integer.parseInt(w.substring(3)));
            }
        }
        return year;
    }

    private void numbers() {
        numbers.clear();
        for (Map.Entry<String, Double> e : words.entrySet()) {
            if (isNumber(e.getKey())) {
                numbers.put(e.getKey(), e.getValue());
            }
        }
    }

    /** True for the feature of a number that is not a year: years say when, which the model weighs apart. */
    static boolean isNumber(String feature) {
        return feature.startsWith("w:#") && !isYear(feature);
    }

    /** True for the word feature of a four-digit number from 1900 to 2099. */
    static boolean isYear(String feature) {
        return feature.length() == 7 && (feature.startsWith("w:#19") || feature.startsWith("w:#20"))
                && Character.isDigit(feature.charAt(5)) && Character.isDigit(feature.charAt(6));
    }

    /** Sublinear term frequency (1 + ln tf), so that a word said ten times does not outweigh ten words. */
    static double tf(double count) {
        return count <= 0 ? 0 : 1 + Math.log(count);
    }

    private static void addTf(Map<String, Double> sums, Map<String, Double> counts) {
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            sums.merge(e.getKey(), tf(e.getValue()), Double::sum);
        }
    }

    /** Drops the lightest features once there are twice too many, so that pruning is rare. */
    private static void prune(Map<String, Double> sums) {
        if (sums.size() <= 2 * MAX_FEATURES) {
            return;
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Double> e : entries.subList(MAX_FEATURES, entries.size())) {
            sums.remove(e.getKey());
        }
    }
}
