package org.corroborate.engine.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.Chars;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Cue;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;

/**
 * Gives a place to each quoted stretch of speech that no cue of its own sentence reaches, trying in turn:
 *
 * <ol>
 *   <li>the second half of a quotation its cue split ("“…,” she said. “…”") or a further sentence of it,
 *       when nothing but white space separates it from the quotation before;</li>
 *   <li>the first half, when the cue follows the second ("“…” “…,” she said");</li>
 *   <li>a quotation running on over paragraphs, the first left open and the next reopened;</li>
 *   <li>the cue of a paragraph ending in a colon just before ("Hewitt told Entertainment Tonight:");</li>
 *   <li>the paragraph's established speaker: the latest attribution before it in the same paragraph;</li>
 *   <li>at a paragraph's start, the speaker of the quotation that ended the paragraph before, or in a dialogue
 *       the other party: a question, and the answer to one, are the turn of the speaker before that one.</li>
 * </ol>
 * What is left keeps no speaker if it is a sentence or more (five words and up, or a paragraph of its own);
 * shorter ones are scare quotes and are dropped. Built per article; not thread-safe.
 */
final class LooseQuotes {

    private static final int MIN_WORDS = 5;

    private final AnnotatedArticle article;
    private final String text;
    private final QuoteScan scan;
    private final BlockQuotes blocks;
    private final QuotedComplements complements;

    LooseQuotes(AnnotatedArticle article, QuoteScan scan, BlockQuotes blocks, QuotedComplements complements) {
        this.article = article;
        this.text = article.article().text();
        this.scan = scan;
        this.blocks = blocks;
        this.complements = complements;
    }

    /** Attaches every loose quoted stretch to a frame of {@code frames}, or adds one for it; keeps them sorted. */
    void attach(List<Frame> frames) {
        for (QuoteScan.Found found : scan.all()) {
            QuotationMarks.Quoted q = found.quoted();
            if (!found.speech() || isTaken(frames, q)) {
                continue;
            }
            Optional<Frame> target = previousToJoin(frames, found).or(() -> nextToJoin(frames, found));
            if (target.isPresent()) {
                target.get().add(q);
                target.get().reach = Math.max(target.get().reach, sentenceEnd(q));
                continue;
            }
            if (isRepeat(found)) {
                continue; // a pull quote: the article's own quotation shown again
            }
            // Only a colon's cue makes a short stretch speech; one that merely stands in a speaker's paragraph is
            // a scare quote ("the company's much-advertised “safety upgrade”").
            boolean sentence = NonSpeech.words(text, q.content()) >= MIN_WORDS || isUtterance(found);
            Optional<Frame> own = introduced(found).or(() -> complements.of(found))
                    .or(() -> sentence ? inherited(frames, found) : Optional.empty());
            if (own.isPresent() && frames.contains(own.get())) {
                own.get().add(q); // a second quotation in the same verb's complement
                continue;
            }
            if (own.isEmpty() && sentence) {
                own = Optional.of(recent(frames, found).map(f -> heir(f.speaker, f.medium, found))
                        .orElseGet(() -> new Frame(q.content(), Optional.empty(), Optional.empty(), Optional.empty(),
                                found.block(), sentenceEnd(q), false)));
            }
            if (own.isPresent()) {
                own.get().add(q);
                frames.add(own.get());
                frames.sort(Comparator.comparing(f -> f.content));
            }
        }
    }

    /** A short quotation that is a paragraph of its own ("“And the cost?”"): a turn of speech, not a scare quote. */
    private boolean isUtterance(QuoteScan.Found found) {
        Block block = article.article().blocks().get(found.block());
        String words = found.quoted().content().of(text).strip();
        return block.span().of(text).strip().length() <= found.quoted().outer().length() + 1 && !words.isEmpty()
                && ".?!…".indexOf(words.charAt(words.length() - 1)) >= 0;
    }

    /**
     * A paragraph that is nothing but a quotation whose words another quotation of the article already holds, as a
     * pull quote repeats a line of the text (headlines, and a first line that may be one, are left to
     * {@link HeadlineQuotes}).
     */
    private boolean isRepeat(QuoteScan.Found found) {
        Block block = article.article().blocks().get(found.block());
        String words = normalized(found.quoted().content().of(text));
        boolean alone = block.span().of(text).strip().length() <= found.quoted().outer().length() + 2;
        if (block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING || !alone
                || QuoteExtractor.previousBody(article.article().blocks(), found.block()) < 0 || words.split(" ").length < 4) {
            return false;
        }
        for (QuoteScan.Found other : scan.all()) {
            if (other != found && other.speech() && other.block() != found.block()
                    && normalized(other.quoted().content().of(text)).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String s) {
        return String.join(" ", s.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")).strip();
    }

    private boolean isTaken(List<Frame> frames, QuotationMarks.Quoted q) {
        return frames.stream().anyMatch(f -> f.content.overlap(q.content()) * 2 > q.content().length()
                || f.parts.contains(q));
    }

    /** The quotation just before, when only white space (after its cue's sentence) lies between, or over paragraphs. */
    private Optional<Frame> previousToJoin(List<Frame> frames, QuoteScan.Found found) {
        QuotationMarks.Quoted q = found.quoted();
        Frame previous = null;
        for (Frame f : frames) {
            // A cue without quoted words inside the quotation's own sentence ("…,” Hedge said, referring to the
            // market") does not stand between the two halves of the quotation.
            boolean aside = previous != null && f.parts.isEmpty() && !previous.parts.isEmpty() && f.content.end() <= previous.reach;
            if (f.content.start() < q.outer().start() && !aside) {
                previous = f;
            }
        }
        if (previous == null || previous.parts.isEmpty() || previous.blockQuote) {
            return Optional.empty();
        }
        QuotationMarks.Quoted last = previous.parts.get(previous.parts.size() - 1);
        int from = Math.max(Math.max(previous.reach, last.outer().end()), previous.content.end());
        // The splitter may give the opening mark ('') to the sentence before, so the cue's sentence can reach
        // into it.
        if (from <= q.content().start() && isBlank(Math.min(from, q.outer().start()), q.outer().start())
                && sameBlock(previous, found)) {
            return Optional.of(previous);
        }
        // Over paragraphs: the quotation left open at the end of the paragraph before, reopened here.
        List<Block> all = article.article().blocks();
        int before = QuoteExtractor.previousBody(all, found.block());
        if (!last.closed() && before >= 0 && last.outer().end() == all.get(before).span().end() && startsBlock(found)) {
            return Optional.of(previous);
        }
        return Optional.empty();
    }

    /** The quotation just after, when its cue follows it and only white space lies between, or over paragraphs. */
    private Optional<Frame> nextToJoin(List<Frame> frames, QuoteScan.Found found) {
        QuotationMarks.Quoted q = found.quoted();
        Frame next = null;
        for (Frame f : frames) {
            if (f.content.start() >= q.outer().end()) {
                next = f;
                break;
            }
        }
        if (next == null || next.parts.isEmpty() || next.blockQuote || !next.sourceAfter) {
            return Optional.empty();
        }
        QuotationMarks.Quoted first = next.parts.get(0);
        if (first.outer().start() != next.content.start() && next.kind(text) != QuoteKind.DIRECT) {
            return Optional.empty();
        }
        if (isBlank(q.outer().end(), first.outer().start()) && blockOf(first) == found.block()) {
            return Optional.of(next);
        }
        List<Block> all = article.article().blocks();
        int nextBlock = blockOf(first);
        if (!q.closed() && nextBlock >= 0 && QuoteExtractor.previousBody(all, nextBlock) == found.block()
                && isBlank(all.get(nextBlock).span().start(), first.outer().start())) {
            return Optional.of(next);
        }
        return Optional.empty();
    }

    /** A quoted paragraph right after a paragraph ending "Hewitt told Entertainment Tonight:". */
    private Optional<Frame> introduced(QuoteScan.Found found) {
        if (!startsBlock(found)) {
            return Optional.empty();
        }
        int before = QuoteExtractor.previousBody(article.article().blocks(), found.block());
        if (before < 0) {
            return Optional.empty();
        }
        return blocks.intro(before).map(i -> new Frame(found.quoted().content(), i.speaker(), Optional.of(i.cue()),
                i.medium(), found.block(), sentenceEnd(found.quoted()), false));
    }

    /** The paragraph's speaker so far, or at a paragraph's start the previous paragraph's last quotation's. */
    private Optional<Frame> inherited(List<Frame> frames, QuoteScan.Found found) {
        QuotationMarks.Quoted q = found.quoted();
        Frame inParagraph = null;
        for (Frame f : frames) {
            if (f.block == found.block() && f.content.end() <= q.outer().start() && f.speaker.isPresent()) {
                inParagraph = f;
            }
        }
        if (inParagraph != null) {
            return Optional.of(heir(inParagraph.speaker, inParagraph.medium, found));
        }
        if (!startsBlock(found)) {
            return Optional.empty();
        }
        int before = QuoteExtractor.previousBody(article.article().blocks(), found.block());
        Frame last = null;
        Frame beforeLast = null;
        for (Frame f : frames) {
            if (f.content.end() <= q.outer().start()) {
                beforeLast = last;
                last = f;
            }
        }
        if (last == null || last.block != before || last.speaker.isEmpty()) {
            return Optional.empty();
        }
        // In a dialogue a question is the other party's turn, and so is the answer to one.
        boolean question = q.content().of(text).strip().endsWith("?");
        boolean answer = !last.parts.isEmpty() && last.content.of(text).strip().endsWith("?");
        if ((question || answer) && beforeLast != null && !beforeLast.parts.isEmpty() && beforeLast.speaker.isPresent()
                && !sameSpeaker(beforeLast.speaker.get(), last.speaker.get())) {
            return Optional.of(heir(beforeLast.speaker, beforeLast.medium, found));
        }
        return Optional.of(heir(last.speaker, last.medium, found));
    }

    /**
     * The latest attribution with a speaker in the quotation's paragraph or the paragraph before it, past any
     * without one: a quotation nothing else places is most likely the words of whoever the article was last
     * quoting. Not for headlines, whose quotations {@link HeadlineQuotes} places.
     */
    private Optional<Frame> recent(List<Frame> frames, QuoteScan.Found found) {
        List<Block> all = article.article().blocks();
        BlockKind kind = all.get(found.block()).kind();
        if (kind == BlockKind.TITLE || kind == BlockKind.HEADING) {
            return Optional.empty();
        }
        int before = QuoteExtractor.previousBody(all, found.block());
        Frame latest = null;
        for (Frame f : frames) {
            if (f.content.end() <= found.quoted().outer().start() && f.speaker.isPresent()
                    && (f.block == found.block() || f.block == before) && !f.speaker.get().text().isBlank()) {
                latest = f;
            }
        }
        return Optional.ofNullable(latest);
    }

    private Frame heir(Optional<Speaker> speaker, Optional<String> medium, QuoteScan.Found found) {
        Optional<Cue> noCue = Optional.empty();
        return new Frame(found.quoted().content(), speaker, noCue, medium, found.block(), sentenceEnd(found.quoted()), false);
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        return a.entity().isPresent() ? a.entity().equals(b.entity()) : a.text().equalsIgnoreCase(b.text());
    }

    private boolean startsBlock(QuoteScan.Found found) {
        Span block = article.article().blocks().get(found.block()).span();
        return isBlank(block.start(), found.quoted().outer().start());
    }

    private boolean sameBlock(Frame f, QuoteScan.Found found) {
        return f.block == found.block() || article.article().blocks().get(found.block()).span().contains(f.content.end() - 1);
    }

    private int blockOf(QuotationMarks.Quoted q) {
        for (QuoteScan.Found f : scan.all()) {
            if (f.quoted() == q) {
                return f.block();
            }
        }
        return -1;
    }

    /** The end of the sentence holding the quotation's last char, or the quotation's end. */
    private int sentenceEnd(QuotationMarks.Quoted q) {
        return article.sentenceAt(q.outer().end() - 1).map(s -> Math.max(s.span().end(), q.outer().end()))
                .orElse(q.outer().end());
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
