package org.corroborate.engine.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.Token;

/**
 * Part-of-speech tags the tagger gets wrong in a way the sentence itself rules out. An article is never followed
 * by a verb's base form, so in "a loom operator" and "The loom operator said" (tagged {@code a/DT loom/VB}) the
 * word is a noun; left a verb, it breaks the noun phrase, and the operator is no mention of anyone.
 */
final class TagRepair {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> BASE_VERB_TAGS = Set.of("VB", "VBP");

    private TagRepair() {
    }

    /** {@code tokens} with a base-form verb right after an article tagged a noun, in place. */
    static void nounsAfterArticles(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (BASE_VERB_TAGS.contains(t.pos()) && before.pos().equals("DT")
                    && ARTICLES.contains(before.text().toLowerCase(Locale.ROOT))
                    && before.span().end() <= t.span().start()) {
                tokens.set(i, new Token(t.span(), t.text(), "NN", t.text().toLowerCase(Locale.ROOT), t.ner()));
            }
        }
    }
}
