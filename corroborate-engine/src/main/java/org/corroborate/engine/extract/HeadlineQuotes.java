package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Span;

/**
 * Quotations in a headline or subheading take the speaker, cue and medium of the body quotation whose words
 * they repeat: “He was really crying because she had passed” in a title is Hewitt's because her block quote
 * holds those words. The headline's words must appear in order in the body quotation's own words, quotations
 * nested inside it left out (a title of a work inside speech is not the speech). A headline quotation that
 * already has a speaker of its own ("Ashcombe Says …") keeps it. Built per article; not thread-safe.
 */
final class HeadlineQuotes {

    /** Share of the headline quotation's words the body quotation must hold, in order. */
    private static final double HELD = 0.8;

    private final AnnotatedArticle article;
    private final String text;

    HeadlineQuotes(AnnotatedArticle article) {
        this.article = article;
        this.text = article.article().text();
    }

    void attach(List<Frame> frames) {
        List<Block> blocks = article.article().blocks();
        for (Frame headline : frames) {
            BlockKind kind = blocks.get(headline.block).kind();
            if (kind != BlockKind.TITLE && kind != BlockKind.HEADING || headline.parts.isEmpty()
                    || headline.speaker.isPresent()) {
                continue;
            }
            List<String> words = words(headline.parts.stream().map(p -> p.content().of(text)).reduce("", (x, y) -> x + " " + y));
            if (words.size() < 2) {
                continue;
            }
            for (Frame body : frames) {
                BlockKind bk = blocks.get(body.block).kind();
                if (body == headline || bk == BlockKind.TITLE || bk == BlockKind.HEADING || body.speaker.isEmpty()) {
                    continue;
                }
                if (held(words, ownWords(body)) >= HELD * words.size()) {
                    headline.speaker = body.speaker;
                    headline.cue = body.cue;
                    headline.medium = body.medium;
                    headline.via = body.via;
                    break;
                }
            }
        }
    }

    /** The body quotation's words in its speaker's voice: its parts, or a block quote's paragraph, nested quotes out. */
    private List<String> ownWords(Frame body) {
        List<Span> spans = new ArrayList<>();
        if (body.blockQuote) {
            spans.add(body.content);
        } else {
            body.parts.forEach(p -> spans.add(p.content()));
        }
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            StringBuilder own = new StringBuilder(s.of(text));
            for (QuotationMarks.Quoted nested : QuotationMarks.scan(text, s)) {
                for (int i = nested.outer().start(); i < nested.outer().end(); i++) {
                    own.setCharAt(i - s.start(), ' ');
                }
            }
            out.addAll(words(own.toString()));
        }
        return out;
    }

    /**
     * The most of {@code words} that one stretch of {@code within}, at most twice as long, holds in the same
     * order: a headline trims a quotation, it does not gather its words from all over it.
     */
    private static int held(List<String> words, List<String> within) {
        int window = Math.min(within.size(), 2 * words.size());
        int best = 0;
        for (int from = 0; from + window <= within.size() && best < words.size(); from++) {
            best = Math.max(best, inOrder(words, within.subList(from, from + window)));
        }
        return best;
    }

    /** How many of {@code words} appear in {@code within} in the same order (a longest common subsequence). */
    private static int inOrder(List<String> words, List<String> within) {
        int[] prev = new int[within.size() + 1];
        for (String w : words) {
            int[] cur = new int[within.size() + 1];
            for (int j = 1; j <= within.size(); j++) {
                cur[j] = w.equals(within.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[within.size()];
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
