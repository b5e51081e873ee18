package org.corroborate.engine.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class SentenceRepairTest {

    /** Tokens split on spaces; each of {@code sentences} is a block-0 sentence of space-separated words. */
    private static List<Sentence> split(List<Token> tokens, int block, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        int at = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end() + 1;
        for (String s : sentences) {
            int first = tokens.size();
            for (String w : s.split(" ")) {
                tokens.add(new Token(new Span(at, at + w.length()), w, "NN", w, "O"));
                at += w.length() + 1;
            }
            out.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end()),
                    first, tokens.size(), block));
        }
        return out;
    }

    @Test
    void aSentenceOpeningWithACommaOrALowerCaseWordContinuesTheOneBefore() {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> split = split(tokens, 0, "Sen. Ada Rusk ( D-Ore . )", ", a senator , said it .", "It rained .",
                "eBay sold it .", "then it stopped .");

        List<Sentence> joined = SentenceRepair.join(split, tokens);

        assertThat(joined).extracting(Sentence::firstToken, Sentence::endToken)
                .containsExactly(tuple(0, 14), tuple(14, 17),
                        tuple(17, 25));
        assertThat(joined.get(0).span()).isEqualTo(split.get(0).span().cover(split.get(1).span()));
    }

    @Test
    void sentencesOfDifferentBlocksStayApart() {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> split = new ArrayList<>(split(tokens, 0, "The pier closed ."));
        split.addAll(split(tokens, 1, "and then it reopened ."));

        assertThat(SentenceRepair.join(split, tokens)).hasSize(2);
    }
}
