package org.corroborate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.annotate.TaggedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * A deterministic analyzer for tests of the runner and of stages that need only tokens: words and punctuation
 * as tokens, a sentence per full stop, capitalised words inside a sentence tagged {@code NNP}/{@code PERSON},
 * the rest {@code NN}/{@code O}. It is no model of English; tests that judge linguistic quality use CoreNLP.
 */
public final class LineAnalyzer implements LanguageAnalyzer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+|\\S");

    private final Map<String, String[]> lexicon;

    public LineAnalyzer() {
        this(Map.of());
    }

    /**
     * An analyzer that tags the words of {@code lexicon} with the part of speech and lemma it gives them
     * ({@code "said" -> {"VBD", "say"}}), for tests that need verbs and pronouns; other words as above.
     */
    public LineAnalyzer(Map<String, String[]> lexicon) {
        this.lexicon = Map.copyOf(lexicon);
    }

    @Override
    public List<TaggedSentence> analyze(String text, List<Span> regions) {
        List<TaggedSentence> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Span region = regions.get(r);
            Matcher m = TOKEN.matcher(text).region(region.start(), region.end());
            List<Token> sentence = new ArrayList<>();
            while (m.find()) {
                String w = m.group();
                String[] tag = lexicon.get(w);
                boolean name = tag == null && !sentence.isEmpty() && Character.isUpperCase(w.charAt(0));
                String pos = tag != null ? tag[0] : name ? "NNP" : "NN";
                String lemma = tag != null ? tag[1] : w.toLowerCase(java.util.Locale.ROOT);
                sentence.add(new Token(new Span(m.start(), m.end()), w, pos, lemma, name ? "PERSON" : "O"));
                if (w.equals(".")) {
                    out.add(new TaggedSentence(r, sentence));
                    sentence = new ArrayList<>();
                }
            }
            if (!sentence.isEmpty()) {
                out.add(new TaggedSentence(r, sentence));
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "test analyzer";
    }
}
