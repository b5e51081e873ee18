package org.corroborate.engine.annotate.entity;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.Span;

/**
 * One third-person pronoun's choice as the resolver saw it: the entities it could mean and the cues of each,
 * before they were weighed. The seam through which {@link PronounWeights} are fitted; see
 * {@link EntityResolver#resolve(String, List, List, java.util.function.Consumer)}.
 *
 * @param pronoun    where the pronoun stands
 * @param candidates the entities it could mean, in the order the resolver weighed them
 * @param chosen     the index in {@code candidates} the resolver chose
 */
public record PronounChoice(Span pronoun, List<Candidate> candidates, int chosen) {

    /**
     * One candidate entity.
     *
     * @param mentions where the entity's names and descriptions stand in the text, before and after the pronoun
     * @param cues     its cues, in the order of {@link PronounWeights#cueNames()}
     */
    public record Candidate(List<Span> mentions, List<Double> cues) {

        public Candidate {
            mentions = List.copyOf(mentions);
            cues = List.copyOf(cues);
        }
    }

    public PronounChoice {
        Objects.requireNonNull(pronoun, "pronoun");
        candidates = List.copyOf(candidates);
        if (chosen < 0 || chosen >= candidates.size()) {
            throw new IllegalArgumentException("chosen " + chosen + " is not one of " + candidates.size() + " candidates");
        }
    }
}
