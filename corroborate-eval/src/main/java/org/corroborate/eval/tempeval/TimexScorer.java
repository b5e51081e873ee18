package org.corroborate.eval.tempeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.TimeExpression;

/**
 * Matches a document's system time expressions to its gold ones and counts what TempEval-3 scores.
 *
 * <p>The official toolkit first aligns the two annotations (its TimeML-Normalizer gives a system expression the
 * id of the gold one whose extent it overlaps), then counts a gold expression as found, relaxed, when an
 * aligned system expression exists and, strict, when the two texts are equal; attributes are compared over
 * the aligned pairs ({@code evaluate_entities.py}, {@code compute_precision_recall}). Here the alignment is
 * one-to-one: each gold expression, in text order, takes the not yet aligned system expression that overlaps
 * it most. Stateless and thread-safe.
 */
public final class TimexScorer {

    /** One aligned pair and how it scored; {@code system} is empty for a gold expression nothing found. */
    public record Match(GoldTimex gold, Optional<TimeExpression> system) {
    }

    /** Everything one document contributed: the counts, the alignment, and the system expressions left over. */
    public record DocumentResult(TimexScores scores, List<Match> matches, List<TimeExpression> spurious) {

        public DocumentResult {
            matches = List.copyOf(matches);
            spurious = List.copyOf(spurious);
        }
    }

    public DocumentResult score(List<GoldTimex> gold, List<TimeExpression> system) {
        boolean[] taken = new boolean[system.size()];
        List<Match> matches = new ArrayList<>();
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        for (GoldTimex g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.size(); i++) {
                int overlap = system.get(i).span().overlap(g.span());
                if (!taken[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                matches.add(new Match(g, Optional.empty()));
                continue;
            }
            taken[best] = true;
            TimeExpression s = system.get(best);
            matches.add(new Match(g, Optional.of(s)));
            relaxed++;
            if (s.span().equals(g.span())) {
                strict++;
            }
            if (s.value().equals(g.value())) {
                value++;
            }
            if (s.kind().name().equals(g.type())) {
                type++;
            }
        }
        List<TimeExpression> spurious = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (!taken[i]) {
                spurious.add(system.get(i));
            }
        }
        TimexScores scores = new TimexScores(gold.size(), system.size(), strict, relaxed, value, type);
        return new DocumentResult(scores, matches, spurious);
    }
}
