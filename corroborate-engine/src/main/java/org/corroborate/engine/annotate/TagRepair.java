package org.corroborate.engine.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Sentence;
import org.corroborate.model.Token;

/**
 * Tags the tagger gets wrong in a way the sentence or the article rules out. An article is never followed by a verb's
 * base form, so in "a loom operator" and "The loom operator said" (tagged {@code a/DT loom/VB}) the word is a noun;
 * left a verb, it breaks the noun phrase, and the operator is no mention of anyone. A wire dateline ("ORRIN VALLEY
 * (CPS) --") names a place, which the tagger, reading capitals, takes for part of an organisation or for nothing. A
 * name of several words means one thing throughout an article, however each sentence leads the tagger to tag it.
 */
final class TagRepair {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> BASE_VERB_TAGS = Set.of("VB", "VBP");

    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+");
    private static final Set<String> DASHES = Set.of("--", "-", "—", "–");

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

    /**
     * {@code tokens} with the place of each sentence-opening dateline tagged a location, in place: words in capitals
     * before the agency in brackets or a dash, with an optional region after a comma ("EASTMERE, England (CPS) —").
     */
    static void datelines(List<Token> tokens, List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            int first = sentence.firstToken();
            int end = sentence.endToken();
            int k = first;
            while (k < end && k - first < 4 && CAPITALS.matcher(tokens.get(k).text()).matches()) {
                k++;
            }
            if (k == first || !opensBody(tokens, k, end)) {
                continue;
            }
            for (int i = first; i < k; i++) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.span(), t.text(), "NNP", t.lemma(), "LOCATION"));
            }
        }
    }

    /** Whether the dateline's place ends at {@code k}: the agency's bracket or a dash follows, past a region. */
    private static boolean opensBody(List<Token> tokens, int k, int end) {
        if (k < end && tokens.get(k).text().equals(",")) {
            k++;
            while (k < end && tokens.get(k).pos().startsWith("NNP")) {
                k++;
            }
        }
        return k < end && (tokens.get(k).text().equals("(") || tokens.get(k).pos().equals("-LRB-")
                || DASHES.contains(tokens.get(k).text()));
    }

    /**
     * {@code tokens} with every occurrence of a name of two or more words tagged as the name mostly is, in place:
     * the tagger, reading each sentence alone, calls "Port Calloway" a place in one and leaves "Port" out in
     * another. An occurrence inside a longer name ("Port Calloway Rovers") keeps its tags.
     */
    static void namesAlike(List<Token> tokens) {
        Map<List<String>, Map<String, Integer>> votes = new HashMap<>();
        int t = 0;
        while (t < tokens.size()) {
            String ner = tokens.get(t).ner();
            int e = Token.runEnd(tokens, t);
            if (!ner.equals("O") && e - t >= 2 && e - t <= 6 && !isCapitalized(tokens, t - 1) && !isCapitalized(tokens, e)) {
                votes.computeIfAbsent(texts(tokens, t, e), k -> new LinkedHashMap<>()).merge(ner, 1, Integer::sum);
            }
            t = e;
        }
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (List<String> name : votes.keySet()) {
            byFirstWord.computeIfAbsent(name.get(0), k -> new ArrayList<>()).add(name);
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> name : byFirstWord.getOrDefault(tokens.get(i).text(), List.of())) {
                int e = i + name.size();
                if (e <= tokens.size() && texts(tokens, i, e).equals(name) && !isCapitalized(tokens, i - 1)
                        && !isCapitalized(tokens, e)) {
                    // the most frequent tag, the first seen among equals
                    String ner = Collections.max(votes.get(name).entrySet(), Map.Entry.comparingByValue()).getKey();
                    for (int k = i; k < e; k++) {
                        Token old = tokens.get(k);
                        tokens.set(k, new Token(old.span(), old.text(), old.pos(), old.lemma(), ner));
                    }
                }
            }
        }
    }

    /**
     * {@code tokens} with a capitalized base-form verb that carries the name tag of the proper noun before it tagged a
     * proper noun, in place: "The Long Take" ({@code Long/NNP Take/VB}, both a name to the tagger) is one name.
     */
    static void verbsInNames(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (BASE_VERB_TAGS.contains(t.pos()) && t.isNamed() && t.ner().equals(before.ner())
                    && before.pos().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0))) {
                tokens.set(i, new Token(t.span(), t.text(), "NNP", t.lemma(), t.ner()));
            }
        }
    }

    private static List<String> texts(List<Token> tokens, int from, int to) {
        List<String> texts = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            texts.add(tokens.get(k).text());
        }
        return texts;
    }

    /** Whether the token at {@code k} exists and is a capitalized proper noun, which would extend a name. */
    private static boolean isCapitalized(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(k).text().charAt(0));
    }
}
