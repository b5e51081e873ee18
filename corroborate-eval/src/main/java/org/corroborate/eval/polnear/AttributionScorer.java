package org.corroborate.eval.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Span;

/**
 * Matches predicted quotations with annotated attributions and counts.
 *
 * <ul>
 *   <li>A quotation and an attribution match when the quotation's span and the attribution's content (all its
 *       pieces) share at least half of the chars they cover together: overlap &ge; union / 2. Pairs are taken
 *       best ratio first, each attribution and each quotation in at most one pair.</li>
 *   <li>A matched direct quotation's speaker is right when the quotation's speaker span overlaps one of the
 *       attribution's source spans, or when the entity the speaker resolves to has a mention overlapping one
 *       (so "she" resolved to the Hewitt named in the source counts, and so does a speaker given far from the
 *       quote whose entity the annotated source mentions). Attributions without an annotated source are left
 *       out of the speaker measure.</li>
 * </ul>
 * Thread-safe: holds no state.
 */
public final class AttributionScorer {

    /** One article's outcome: its counts and which attribution each quotation matched. */
    public record Result(PolnearArticle article, List<PredictedQuote> predicted, AttributionScores scores,
            List<Optional<GoldAttribution>> matchOf, List<Optional<PredictedQuote>> matchFor) {

        public Result {
            predicted = List.copyOf(predicted);
            matchOf = List.copyOf(matchOf);
            matchFor = List.copyOf(matchFor);
        }
    }

    private record Pair(int gold, int predicted, double ratio) {
    }

    public Result score(PolnearArticle article, List<PredictedQuote> predicted) {
        List<GoldAttribution> gold = article.attributions();
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution a = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                Span span = predicted.get(p).span();
                int overlap = a.contentOverlap(span);
                int union = a.contentLength() + span.length() - overlap;
                if (overlap > 0 && 2 * overlap >= union) {
                    pairs.add(new Pair(g, p, (double) overlap / union));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::ratio).reversed());
        List<Optional<GoldAttribution>> matchOf = new ArrayList<>();
        predicted.forEach(p -> matchOf.add(Optional.empty()));
        List<Optional<PredictedQuote>> matchFor = new ArrayList<>();
        gold.forEach(g -> matchFor.add(Optional.empty()));
        for (Pair pair : pairs) {
            if (matchOf.get(pair.predicted()).isEmpty() && matchFor.get(pair.gold()).isEmpty()) {
                matchOf.set(pair.predicted(), Optional.of(gold.get(pair.gold())));
                matchFor.set(pair.gold(), Optional.of(predicted.get(pair.predicted())));
            }
        }
        int matched = 0;
        int direct = 0;
        int directMatched = 0;
        int sourced = 0;
        int right = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution a = gold.get(g);
            boolean isDirect = a.isDirect(article.text());
            direct += isDirect ? 1 : 0;
            if (matchFor.get(g).isEmpty()) {
                continue;
            }
            matched++;
            if (isDirect) {
                directMatched++;
                if (!a.source().isEmpty()) {
                    sourced++;
                    right += speakerRight(a, matchFor.get(g).get()) ? 1 : 0;
                }
            }
        }
        return new Result(article, predicted, new AttributionScores(gold.size(), predicted.size(), matched, direct,
                directMatched, sourced, right), matchOf, matchFor);
    }

    static boolean speakerRight(GoldAttribution a, PredictedQuote q) {
        if (q.speaker().isEmpty()) {
            return false;
        }
        for (Span source : a.source()) {
            if (q.speaker().get().overlaps(source) || q.speakerMentions().stream().anyMatch(source::overlaps)) {
                return true;
            }
        }
        return false;
    }
}
