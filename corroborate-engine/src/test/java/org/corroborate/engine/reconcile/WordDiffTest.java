package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.WordEdit;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void findsEachRunOfDifferingWords() {
        List<String> first = Words.of("I don't know if people know that we were close friends. The night we met");
        List<String> second = Words.of("I don’t think people know that we were close friends and the night we met");
        assertThat(WordDiff.between(first, second)).containsExactly(new WordEdit("know if", "think"), new WordEdit("", "and"));
    }

    @Test
    void reportsPureInsertionsAndDeletionsAndNothingForEqualWordings() {
        assertThat(WordDiff.between(Words.of("We all prayed for her"), Words.of("So we all prayed for her")))
                .containsExactly(new WordEdit("", "So"));
        assertThat(WordDiff.between(Words.of("We all prayed for her tonight"), Words.of("We all prayed for her")))
                .containsExactly(new WordEdit("tonight", ""));
        assertThat(WordDiff.between(Words.of("Same words, other commas."), Words.of("Same words other commas"))).isEmpty();
    }
}
