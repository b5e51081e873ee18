package org.corroborate.engine.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class TagRepairTest {

    /** Tokens from "word/TAG" pairs separated by spaces. */
    private static List<Token> tagged(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : text.split(" ")) {
            String word = pair.substring(0, pair.lastIndexOf('/'));
            tokens.add(new Token(new Span(at, at + word.length()), word, pair.substring(pair.lastIndexOf('/') + 1),
                    word.toLowerCase(), "O"));
            at += word.length() + 1;
        }
        return tokens;
    }

    @Test
    void aBaseFormVerbRightAfterAnArticleIsANoun() {
        List<Token> tokens = tagged("The/DT loom/VB operator/NN said/VBD he/PRP saw/VBD a/DT light/VBP ./.");

        TagRepair.nounsAfterArticles(tokens);

        assertThat(tokens).extracting(Token::pos).containsExactly("DT", "NN", "NN", "VBD", "PRP", "VBD", "DT", "NN", ".");
    }

    @Test
    void verbsAfterOtherDeterminersOrInOtherFormsStay() {
        List<Token> tokens = tagged("Both/DT stay/VBP ,/, and/CC the/DT shed/VBD fell/VBD ./.");

        TagRepair.nounsAfterArticles(tokens);

        assertThat(tokens).extracting(Token::pos).containsExactly("DT", "VBP", ",", "CC", "DT", "VBD", "VBD", ".");
    }
}
