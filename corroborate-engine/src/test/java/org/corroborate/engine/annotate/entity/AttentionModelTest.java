package org.corroborate.engine.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** The model's attention read as the pronoun resolver reads it, on invented sentences. */
class AttentionModelTest {

    private static final String TEXT = "Juno Ashcombe thanked Marek Vell. She said the harbour would reopen.";

    @Test
    void everyHeadSpreadsEachPiecesAttentionOverTheWindow() {
        AttentionModel.Run run = AttentionModel.shared().run(TEXT, 0);
        int n = run.size();
        assertThat(n).isGreaterThan(12);
        for (int layer = 0; layer < AttentionModel.LAYERS; layer++) {
            assertThat(run.weights()[layer].capacity()).isEqualTo(AttentionModel.HEADS * n * n);
            for (int head = 0; head < AttentionModel.HEADS; head++) {
                for (int from = 0; from < n; from++) {
                    double sum = 0;
                    for (int to = 0; to < n; to++) {
                        sum += run.weight(layer, head, from, to);
                    }
                    assertThat(sum).as("layer %d head %d piece %d", layer, head, from).isCloseTo(1, within(1e-3));
                }
            }
        }
    }

    @Test
    void piecesStandWhereTheirWordsStandInTheArticle() {
        int offset = 500;
        AttentionModel.Run run = AttentionModel.shared().run(TEXT, offset);
        String article = " ".repeat(offset) + TEXT;
        StringBuilder words = new StringBuilder();
        for (Span piece : run.pieces()) {
            if (piece.end() > piece.start()) {
                words.append(piece.of(article).toLowerCase(Locale.ROOT)).append('|');
            }
        }
        // The tokenizer lower-cases and splits rare names into pieces; each piece is a slice of the article.
        assertThat(words.toString()).startsWith("juno|").contains("she|said|the|harbour|");
    }

    @Test
    void aPronounsCuesComeFromMentionsInItsWindowOnly() {
        String far = "Dara Quill left the port in spring. ".repeat(8);
        String text = far + TEXT;
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < 10; i++) {
            int end = text.indexOf(". ", start) < 0 ? text.length() : text.indexOf(". ", start) + 1;
            sentences.add(new Sentence(new Span(start, end), 0, 0, 0));
            start = end + 1;
        }
        int she = text.indexOf("She");
        Span pronoun = new Span(she, she + 3);
        Span juno = new Span(text.indexOf("Juno"), text.indexOf("Juno") + "Juno Ashcombe".length());
        Span dara = new Span(0, "Dara Quill".length());

        PronounAttention attention = PronounAttention.of(text, sentences);
        double[] near = new double[PronounAttention.CUES];
        attention.addCues(pronoun, 9, List.of(juno), near, 0);
        double[] outside = new double[PronounAttention.CUES];
        attention.addCues(pronoun, 9, List.of(dara), outside, 0);

        assertThat(Arrays.stream(near).sum()).isPositive();
        assertThat(outside).containsOnly(0.0);
    }

    @Test
    void aPronounPastTheModelsPieceLimitHasNoCues() {
        // Digits and symbols split into many word pieces: 1,000 characters of them run past the model's 256.
        String text = "7-4/9 ".repeat(160) + "Juno Ashcombe thanked her.";
        Span her = new Span(text.indexOf("her"), text.indexOf("her") + 3);
        Span juno = new Span(text.indexOf("Juno"), text.indexOf("Juno") + 4);
        List<Sentence> sentences = List.of(new Sentence(new Span(0, text.length()), 0, 0, 0));
        double[] cues = new double[PronounAttention.CUES];
        PronounAttention.of(text, sentences).addCues(her, 0, List.of(juno), cues, 0);
        assertThat(cues).containsOnly(0.0);
    }
}
