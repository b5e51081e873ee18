package org.corroborate.engine.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class TagRepairTest {

    /** Tokens from "word/TAG" or "word/TAG/NER" separated by spaces. */
    private static List<Token> tagged(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : text.split(" ")) {
            String[] parts = item.split("/");
            String word = parts[0];
            String ner = parts.length > 2 ? parts[2] : "O";
            tokens.add(new Token(new Span(at, at + word.length()), word, parts[1], word.toLowerCase(), ner));
            at += word.length() + 1;
        }
        return tokens;
    }

    /** One sentence per run of tokens ending in a token tagged {@code .}. */
    private static List<Sentence> sentences(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).pos().equals(".") || i == tokens.size() - 1) {
                sentences.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(i).span().end()), first, i + 1, 0));
                first = i + 1;
            }
        }
        return sentences;
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

    @Test
    void aDatelinesCapitalsBeforeTheAgencyOrADashAreAPlace() {
        List<Token> tokens = tagged("ORRIN/NNP/ORGANIZATION VALLEY/NNP (/-LRB- CPS/NNP/ORGANIZATION )/-RRB- --/: A/DT "
                + "fire/NN spread/VBD ./. EASTMERE/NNP ,/, England/NNP/LOCATION —/: Rain/NN fell/VBD ./. "
                + "FIRE/NNP KILLS/VBZ FOUR/CD ./.");

        TagRepair.datelines(tokens, sentences(tokens));

        assertThat(tokens).extracting(Token::ner).containsExactly("LOCATION", "LOCATION", "O", "ORGANIZATION", "O", "O",
                "O", "O", "O", "O", "LOCATION", "O", "LOCATION", "O", "O", "O", "O", "O", "O", "O", "O");
    }

    @Test
    void aNameOfSeveralWordsIsTaggedAsItMostlyIsOutsideLongerNames() {
        List<Token> tokens = tagged("Port/NNP/LOCATION Calloway/NNP/LOCATION grew/VBD ./. Port/NNP Calloway/NNP/PERSON "
                + "is/VBZ big/JJ ./. Port/NNP/ORGANIZATION Calloway/NNP/ORGANIZATION Rovers/NNPS/ORGANIZATION won/VBD ./.");

        TagRepair.namesAlike(tokens);

        assertThat(tokens).extracting(Token::ner).containsExactly("LOCATION", "LOCATION", "O", "O", "LOCATION", "LOCATION",
                "O", "O", "O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O", "O");
    }

    @Test
    void aCapitalizedBaseFormVerbInsideANameIsAProperNoun() {
        List<Token> tokens = tagged("Ada/NNP/PERSON told/VBD The/DT Long/NNP/LOCATION Take/VB/LOCATION that/IN "
                + "crews/NNS/O take/VB turns/NNS ./.");

        TagRepair.verbsInNames(tokens);

        assertThat(tokens).extracting(Token::pos).containsExactly("NNP", "VBD", "DT", "NNP", "NNP", "IN", "NNS", "VB",
                "NNS", ".");
    }
}
