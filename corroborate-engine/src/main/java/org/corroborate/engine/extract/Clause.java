package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * A clause of a sentence: its tokens {@code [first, end)} in the article's token list. Sentences split at
 * semicolons and colons, and at a comma followed by a coordinating or relative word ("…, but …", "…, which
 * …"), which is where news sentences join statements about different subjects.
 */
record Clause(Sentence sentence, int first, int end, Span span) {

    private static final Set<String> JOINERS = Set.of("but", "while", "which", "who", "whereas", "although", "though",
            "and", "as", "after", "before", "when", "because");

    static List<Clause> of(AnnotatedArticle a, Sentence sentence) {
        List<Token> tokens = a.tokens();
        List<Clause> clauses = new ArrayList<>();
        int start = sentence.firstToken();
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            String w = tokens.get(k).text();
            boolean cut = w.equals(";") || w.equals(":")
                    || w.equals(",") && k + 1 < sentence.endToken() && JOINERS.contains(tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT));
            if (cut && k > start) {
                clauses.add(make(a, sentence, start, k));
                start = k + 1;
            }
        }
        if (start < sentence.endToken()) {
            clauses.add(make(a, sentence, start, sentence.endToken()));
        }
        return clauses;
    }

    private static Clause make(AnnotatedArticle a, Sentence sentence, int first, int end) {
        List<Token> tokens = a.tokens();
        return new Clause(sentence, first, end, new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end()));
    }
}
