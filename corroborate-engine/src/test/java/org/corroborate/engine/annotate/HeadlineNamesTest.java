package org.corroborate.engine.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class HeadlineNamesTest {

    /**
     * One sentence of space-separated words appended to {@code tokens}; a word written {@code Word/CLASS} is tagged
     * with that name class, the others "O".
     */
    private static Sentence sentence(List<Token> tokens, String words) {
        int first = tokens.size();
        int at = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end() + 1;
        for (String w : words.split(" ")) {
            String[] parts = w.split("/");
            String ner = parts.length > 1 ? parts[1] : "O";
            tokens.add(new Token(new Span(at, at + parts[0].length()), parts[0], "NNP", parts[0], ner));
            at += parts[0].length() + 1;
        }
        return new Sentence(new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end()),
                first, tokens.size(), 0);
    }

    private static List<String> names(List<Token> tokens) {
        return tokens.stream().filter(t -> !t.ner().equals("O")).map(Token::text).toList();
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyTheNamesTheProseTags() {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = List.of(
                sentence(tokens, "Mara/ORGANIZATION Voss/ORGANIZATION Mourns Tragic/ORGANIZATION Death/ORGANIZATION "
                        + "While Filming/ORGANIZATION Harbour/ORGANIZATION"),
                sentence(tokens, "The singer Mara/PERSON Voss/PERSON said the film Harbour/MISC was hard to finish ."));

        HeadlineNames.untag(tokens, sentences);

        assertThat(names(tokens)).containsExactly("Mara", "Voss", "Harbour", "Mara", "Voss", "Harbour");
    }

    @Test
    void proseAndATextOfHeadlinesAloneAreLeftAsTagged() {
        List<Token> prose = new ArrayList<>();
        List<Sentence> plain = List.of(sentence(prose, "Crews from Tarrow/LOCATION Fire/ORGANIZATION fought the blaze ."),
                sentence(prose, "Ansel/PERSON Dorr/PERSON , 58 , was arrested on Monday in Bramford/LOCATION ."));
        HeadlineNames.untag(prose, plain);
        assertThat(names(prose)).containsExactly("Tarrow", "Fire", "Ansel", "Dorr", "Bramford");

        List<Token> headlines = new ArrayList<>();
        List<Sentence> only = List.of(sentence(headlines, "Tarrow/LOCATION Crews Battle Harbour/LOCATION Blaze Overnight"));
        HeadlineNames.untag(headlines, only);
        assertThat(names(headlines)).containsExactly("Tarrow", "Harbour");
    }
}
