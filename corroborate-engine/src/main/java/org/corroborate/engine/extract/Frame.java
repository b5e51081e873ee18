package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Cue;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;

/**
 * One attribution while the extractor assembles it: what is attributed ({@code content}), the quoted stretches
 * inside it that are the speaker's own words, and who said it, through which cue, to whom. Mutable while the
 * extractor joins split quotations and inherits speakers; turned into a {@link Quote} at the end. Not
 * thread-safe; lives inside one extraction.
 */
final class Frame {

    Span content;
    final List<QuotationMarks.Quoted> parts = new ArrayList<>();
    Optional<Speaker> speaker;
    Optional<Cue> cue;
    Optional<String> medium;
    Optional<String> via = Optional.empty();
    /** The block the content starts in. */
    final int block;
    /** Where the sentence holding the cue ends: an uncued quotation starting right after it continues this one. */
    int reach;
    /** Set for block quotes; otherwise the kind follows from the content and its parts. */
    boolean block_;
    /** Set for "according to X" and "per X": a source cited, no verb of its own. */
    boolean citation;
    /** The frame's cue comes after its content ("…," she said). */
    final boolean sourceAfter;

    Frame(Span content, Optional<Speaker> speaker, Optional<Cue> cue, Optional<String> medium, int block, int reach,
            boolean sourceAfter) {
        this.content = content;
        this.speaker = speaker;
        this.cue = cue;
        this.medium = medium;
        this.block = block;
        this.reach = reach;
        this.sourceAfter = sourceAfter;
    }

    /** The kind: block, or direct when the content is nothing but quoted words, else mixed or indirect. */
    QuoteKind kind(String text) {
        if (block_) {
            return QuoteKind.BLOCK;
        }
        if (parts.isEmpty()) {
            return QuoteKind.INDIRECT;
        }
        return outsideParts(text) ? QuoteKind.MIXED : QuoteKind.DIRECT;
    }

    /** True when some letter or digit of the content lies outside every part's marks. */
    private boolean outsideParts(String text) {
        int at = content.start();
        for (QuotationMarks.Quoted q : parts) {
            if (hasWord(text, at, Math.max(at, q.outer().start()))) {
                return true;
            }
            at = Math.max(at, q.outer().end());
        }
        return hasWord(text, at, content.end());
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    void add(QuotationMarks.Quoted part) {
        parts.add(part);
        parts.sort((x, y) -> x.outer().compareTo(y.outer()));
        content = content.cover(part.content());
    }

    Quote toQuote(String text) {
        QuoteKind kind = kind(text);
        Span span = content;
        if (kind == QuoteKind.DIRECT) {
            span = new Span(parts.get(0).content().start(), parts.get(parts.size() - 1).content().end());
        }
        return new Quote(span, span.of(text), kind, speaker, cue, medium, via);
    }
}
