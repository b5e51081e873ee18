package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Entity;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * An invented text with the tags a tagger would give it, written {@code word/POS}, {@code word/POS/NER} or
 * {@code word/POS/NER/lemma} (the lemma is the word in lower case unless given), one
 * paragraph per string and sentences ending at a token tagged {@code .}: tests of the resolver's rules then do
 * not depend on what a statistical tagger happens to do with a sentence.
 */
final class Tagged {

    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Token> tokens = new ArrayList<>();

    private Tagged(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            int first = tokens.size();
            String[] items = paragraphs[p].trim().split(" +");
            for (int i = 0; i < items.length; i++) {
                String[] f = items[i].split("/");
                String word = f[0].replace('_', ' ');
                boolean glue = b.length() > 0 && b.charAt(b.length() - 1) != '\n' && !attachesLeft(word, f[1])
                        && !(i > 0 && opensRight(tokens.get(tokens.size() - 1)));
                if (glue) {
                    b.append(' ');
                }
                int start = b.length();
                b.append(word);
                tokens.add(new Token(new Span(start, b.length()), word, f[1], f.length > 3 ? f[3] : word.toLowerCase(Locale.ROOT),
                        f.length > 2 ? f[2] : "O"));
                if (f[1].equals(".") || i == items.length - 1) {
                    Span span = new Span(tokens.get(first).span().start(), b.length());
                    sentences.add(new Sentence(span, first, tokens.size(), p));
                    first = tokens.size();
                }
            }
        }
        this.text = b.toString();
    }

    static Tagged of(String... paragraphs) {
        return new Tagged(paragraphs);
    }

    /** Given names the tests use, with the gender a name lexicon gives them. */
    private static final java.util.Map<String, org.corroborate.model.Gender> GIVEN = java.util.Map.of(
            "odile", org.corroborate.model.Gender.FEMALE, "tomas", org.corroborate.model.Gender.MALE,
            "rafe", org.corroborate.model.Gender.MALE, "mira", org.corroborate.model.Gender.FEMALE,
            "nell", org.corroborate.model.Gender.FEMALE, "ivy", org.corroborate.model.Gender.FEMALE,
            "dov", org.corroborate.model.Gender.MALE, "charlotte", org.corroborate.model.Gender.FEMALE,
            "august", org.corroborate.model.Gender.MALE);

    List<Entity> resolve() {
        return new EntityResolver(name -> GIVEN.getOrDefault(name.toLowerCase(Locale.ROOT), org.corroborate.model.Gender.UNKNOWN))
                .resolve(text, sentences, tokens);
    }

    /** The span of the {@code n}th (from 0) occurrence of {@code words} in the text. */
    Span at(String words, int n) {
        int from = -1;
        for (int i = 0; i <= n; i++) {
            from = text.indexOf(words, from + 1);
        }
        if (from < 0) {
            throw new IllegalArgumentException("'" + words + "' occurs fewer than " + (n + 1) + " times in: " + text);
        }
        return new Span(from, from + words.length());
    }

    Span at(String words) {
        return at(words, 0);
    }

    private static boolean attachesLeft(String word, String pos) {
        return pos.equals(".") || pos.equals(",") || pos.equals(":") || pos.equals("POS") || pos.equals("''")
                || word.equals(")");
    }

    private static boolean opensRight(Token t) {
        return t.pos().equals("``") || t.text().equals("(");
    }
}
