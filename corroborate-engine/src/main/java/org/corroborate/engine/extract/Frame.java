package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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

    /** "… as", "… as a", just before the last quoted words: they are what something is called. */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas(\\s+(a|an|the))?\\s*$");
    /** Verbs of naming, whose quoted complement ends what they attribute: "called him a “moderate”". */
    private static final Pattern NAMING = Pattern.compile("(?i)call(s|ed|ing)?|describ(e|es|ed|ing)|label(s|ed|led|ing|ling)?"
            + "|dub(s|bed|bing)?|brand(s|ed|ing)?|term(s|ed|ing)?|characteri[sz](e|es|ed|ing)|portray(s|ed|ing)?");

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
    boolean blockQuote;
    /** Set for "according to X" and "per X": a source cited, no verb of its own. */
    boolean citation;
    /** Set for a noun's cue ("his criticism of …"): inside another attribution's content it is part of it. */
    boolean nominal;
    /** The content is a "that" clause: quoted words in it make it mixed even when they fill it. */
    boolean reported;
    /** The cue's own words inside the content of a split quotation ("…," she said, "…"): not content. */
    Optional<Span> cueClause = Optional.empty();
    /** The whole phrase naming the source before the cue ("27 percent of those who named a candidate"), if any. */
    Optional<Span> source = Optional.empty();
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
        if (blockQuote) {
            return QuoteKind.BLOCK;
        }
        if (parts.isEmpty()) {
            return QuoteKind.INDIRECT;
        }
        return reported || outsideParts(text) ? QuoteKind.MIXED : QuoteKind.DIRECT;
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

    private boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (cueClause.isEmpty() || !cueClause.get().contains(i))) {
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

    /**
     * The quotation or quotations this frame gives. A direct quotation a cue splits stays one when the cue is
     * shorter than the words around it ("…," she said. "…"); where a long aside parts them (a speaker's full
     * title and career), each stretch is its own quotation with the same speaker, so that no quotation's span is
     * mostly someone else's words.
     */
    List<Quote> toQuotes(String text) {
        QuoteKind kind = kind(text);
        if (kind == QuoteKind.BLOCK) {
            return List.of(new Quote(content, content.of(text), kind, speaker, cue, medium, via, List.of(content)));
        }
        List<Span> words = new ArrayList<>();
        for (QuotationMarks.Quoted q : parts) {
            words.add(q.content());
        }
        if (kind != QuoteKind.DIRECT) {
            Span c = kind == QuoteKind.MIXED ? endingWithTheQuotedWords(text) : content;
            return List.of(new Quote(c, c.of(text), kind, speaker, cue, medium, via, words));
        }
        List<Quote> out = new ArrayList<>();
        List<Span> run = new ArrayList<>();
        int runLength = 0;
        for (Span w : words) {
            if (!run.isEmpty() && w.start() - run.get(run.size() - 1).end() > runLength + w.length()) {
                out.add(direct(text, run));
                run = new ArrayList<>();
                runLength = 0;
            }
            run.add(w);
            runLength += w.length();
        }
        out.add(direct(text, run));
        return out;
    }

    /**
     * The content up to the closing mark of its last quoted words when what follows them is the writer's, not the
     * speaker's:
     * <ul>
     *   <li>an aside after a dash or comma ("called Cruz “the next George Washington” – the Founding Father who …"),
     *       or after a comma inside the closing mark ("him a "moderate," a subtle dig at …");</li>
     *   <li>anything after what a verb of naming, or any verb with "as", calls something ("described the law as a
     *       “crazy system” during a stop in Flint").</li>
     * </ul>
     * PolNeAR's mixed attributions end there.
     */
    private Span endingWithTheQuotedWords(String text) {
        QuotationMarks.Quoted last = parts.get(parts.size() - 1);
        int after = last.outer().end();
        if (after >= content.end() || after <= content.start()) {
            return content;
        }
        String said = text.substring(last.outer().start(), after - 1).strip(); // without the closing mark
        if (said.endsWith(",") || cue.filter(c -> NAMING.matcher(c.text()).matches()).isPresent()
                || AS_BEFORE.matcher(text.substring(content.start(), last.outer().start())).find()) {
            return new Span(content.start(), after);
        }
        int k = after;
        while (k < content.end() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        char c = k < content.end() ? text.charAt(k) : ' ';
        return c == ',' || c == ';' || c == '–' || c == '—' || c == '(' || c == '-' ? new Span(content.start(), after) : content;
    }

    private Quote direct(String text, List<Span> run) {
        Span span = new Span(run.get(0).start(), run.get(run.size() - 1).end());
        return new Quote(span, span.of(text), QuoteKind.DIRECT, speaker, cue, medium, via, run);
    }
}
