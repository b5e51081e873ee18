package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Span;

/**
 * An article's quoted stretches ({@link QuotationMarks}) in its body blocks, each marked as a possible
 * speaker's words or as a name ({@link NonSpeech}), with the look-ups the quote stages need: is a token inside
 * quoted words, does a span hold speech, and the span widened to whole quoted stretches. Block quotes found
 * later are registered as quoted regions too, so that verbs inside them are not taken for the article's cues.
 * Built per article; not thread-safe.
 */
final class QuoteScan {

    /** A quoted stretch and where it stands. */
    record Found(QuotationMarks.Quoted quoted, int block, boolean speech) {
    }

    private final List<Found> found = new ArrayList<>();
    private final List<Span> regions = new ArrayList<>();

    QuoteScan(AnnotatedArticle article) {
        String text = article.article().text();
        List<Block> blocks = article.article().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!block.kind().isBody()) {
                continue;
            }
            boolean headline = block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING;
            for (QuotationMarks.Quoted q : QuotationMarks.scan(text, block.span())) {
                found.add(new Found(q, b, !NonSpeech.isName(text, q, headline)));
            }
        }
    }

    List<Found> all() {
        return found;
    }

    /** Registers a block quote's paragraph: what lies in it is the speaker's, not the article's. */
    void addRegion(Span span) {
        regions.add(span);
    }

    /** True when {@code span} lies inside quoted words (between the marks, or in a block quote). */
    boolean isQuoted(Span span) {
        for (Found f : found) {
            Span outer = f.quoted().outer();
            if (outer.start() < span.start() && span.end() <= outer.end() && f.speech()
                    && (f.quoted().closed() ? span.end() < outer.end() : true)) {
                return true;
            }
        }
        return regions.stream().anyMatch(r -> r.contains(span));
    }

    /** True when a quoted stretch that may be speech lies inside {@code span}. */
    boolean holdsSpeech(Span span) {
        return found.stream().anyMatch(f -> f.speech() && span.overlap(f.quoted().content()) * 2 > f.quoted().content().length());
    }

    /** True when {@code span} shares a char with a quoted stretch that may be speech. */
    boolean overlapsSpeech(Span span) {
        return found.stream().anyMatch(f -> f.speech() && span.overlaps(f.quoted().content()));
    }

    /** The stretches of possible speech inside {@code span}, in order. */
    List<QuotationMarks.Quoted> speechIn(Span span) {
        List<QuotationMarks.Quoted> out = new ArrayList<>();
        for (Found f : found) {
            if (f.speech() && span.contains(f.quoted().content())) {
                out.add(f.quoted());
            }
        }
        return out;
    }

    /** The quoted stretch of speech in block {@code block} (any when negative) whose closing mark ends at {@code offset}. */
    Optional<QuotationMarks.Quoted> endingAt(int offset, int block) {
        return found.stream().filter(f -> f.speech() && (block < 0 || f.block() == block) && f.quoted().outer().end() == offset)
                .map(Found::quoted).findFirst();
    }

    boolean startsQuote(int offset) {
        return found.stream().anyMatch(f -> f.quoted().outer().start() == offset);
    }

    boolean endsQuote(int offset) {
        return found.stream().anyMatch(f -> f.quoted().outer().end() == offset);
    }

    /** {@code span} widened so that no quoted stretch of speech is cut by either end. */
    Span snap(Span span) {
        int s = span.start();
        int e = span.end();
        for (Found f : found) {
            Span outer = f.quoted().outer();
            if (!f.speech()) {
                continue;
            }
            if (outer.start() < s && s < outer.end()) {
                s = outer.start();
            }
            if (outer.start() < e && e < outer.end()) {
                e = outer.end();
            }
        }
        return new Span(s, e);
    }
}
