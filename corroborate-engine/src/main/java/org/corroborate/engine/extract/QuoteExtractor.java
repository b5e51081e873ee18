package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;

/**
 * Finds every quotation and attribution in an article and who they are from.
 *
 * <ol>
 *   <li>The quoted stretches of each body block ({@link QuotationMarks}), told apart from titles, nicknames
 *       and names ({@link NonSpeech}).</li>
 *   <li>Block quotes after a colon ({@link BlockQuotes}).</li>
 *   <li>In each sentence, each cue and what it attributes ({@link CueFrames}): verbs of saying and of views,
 *       "according to", labels, hedges and nouns such as "criticism of"; a quotation next to its cue is direct,
 *       reported speech holding quoted words is mixed, without them indirect.</li>
 *   <li>Quoted stretches no cue reaches ({@link LooseQuotes}): the second half of a quotation its cue split,
 *       the continuation of a quotation over paragraphs, the object of a person's verb ({@link QuotedComplements}),
 *       the paragraph's established speaker, the turns of a dialogue; short ones with no speaker are scare quotes
 *       and dropped.</li>
 *   <li>Quotations in headlines take the speaker of the body quotation holding their words
 *       ({@link HeadlineQuotes}).</li>
 * </ol>
 * Speakers are the words that name them, resolved to the entity whose mention covers them ({@link Speakers}).
 * Thread-safe: holds no state; everything per article is built per call.
 */
public final class QuoteExtractor {

    public List<Quote> extract(AnnotatedArticle a) {
        String text = a.article().text();
        QuoteScan scan = new QuoteScan(a);
        Speakers speakers = new Speakers(a);
        BlockQuotes blocks = new BlockQuotes(a, speakers, scan);
        List<Frame> frames = new ArrayList<>(blocks.find());
        CueFrames cues = new CueFrames(a, scan, speakers);
        for (Sentence s : a.sentences()) {
            for (Frame f : cues.in(s)) {
                if (frames.stream().noneMatch(b -> b.blockQuote && b.content.contains(f.content))) {
                    frames.add(f);
                }
            }
        }
        frames.sort(Comparator.comparing(f -> f.content));
        for (Frame f : frames) {
            if (!f.blockQuote) {
                scan.speechIn(f.content).forEach(f::add);
            }
        }
        new LooseQuotes(a, scan, blocks, new QuotedComplements(a, scan, speakers)).attach(frames);
        new InterviewContext(a, scan, speakers).apply(frames);
        new HeadlineQuotes(a).attach(frames);
        List<Quote> quotes = new ArrayList<>();
        for (Frame f : frames) {
            quotes.addAll(f.toQuotes(text));
        }
        quotes.sort(Comparator.comparing(Quote::span));
        return quotes;
    }

    /** The index in {@code blocks} of the body block before {@code b}, or -1. */
    static int previousBody(List<Block> blocks, int b) {
        for (int p = b - 1; p >= 0; p--) {
            if (blocks.get(p).kind().isBody()) {
                return p;
            }
        }
        return -1;
    }
}
