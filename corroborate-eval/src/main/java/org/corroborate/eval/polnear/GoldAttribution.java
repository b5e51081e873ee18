package org.corroborate.eval.polnear;

import java.util.List;
import org.corroborate.model.Span;

/**
 * One annotated attribution: who (source), the words that mark it (cue) and what is attributed (content). Each
 * part may be discontinuous ("“…,” he said. “…”" has two content spans) and the source may be absent (an
 * attribution to no one named: "it was reported").
 *
 * @param id the annotation's event id in its file ({@code E12})
 */
public record GoldAttribution(String id, List<Span> source, List<Span> cue, List<Span> content) {

    /** Opening and closing quotation marks, straight, curly, low and angle, double and single. */
    static final String QUOTATION_MARKS = "\"“”„«»'‘’`";

    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("attribution " + id + " has no content span");
        }
    }

    /** From the first content span's start to the last one's end. */
    public Span contentCover() {
        Span cover = content.get(0);
        for (Span s : content) {
            cover = cover.cover(s);
        }
        return cover;
    }

    /**
     * A direct quotation, as the evaluation defines it: the content, white space trimmed, starts or ends with a
     * quotation mark.
     */
    public boolean isDirect(String text) {
        String c = contentCover().of(text).strip();
        return !c.isEmpty() && (QUOTATION_MARKS.indexOf(c.charAt(0)) >= 0 || QUOTATION_MARKS.indexOf(c.charAt(c.length() - 1)) >= 0);
    }

    /** How many chars the content spans hold (they do not overlap one another). */
    int contentLength() {
        return content.stream().mapToInt(Span::length).sum();
    }

    /** How many chars of {@code span} lie in the content spans. */
    int contentOverlap(Span span) {
        return content.stream().mapToInt(span::overlap).sum();
    }
}
