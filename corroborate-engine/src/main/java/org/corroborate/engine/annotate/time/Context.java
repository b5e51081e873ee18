package org.corroborate.engine.annotate.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Span;

/**
 * What a resolver knows besides its match: the document creation time (the publication date), the last
 * calendar point the text named before the match, every point named so far, and the sentence the match is in.
 *
 * <p>Following TempEval-3 practice, expressions relative to "now" ("yesterday", "last year") count from the
 * creation time; narrative expressions ("the next day", "a year earlier") count from the last point named, as
 * HeidelTime does for narratives (Strötgen and Gertz 2013). One context serves one match. Immutable.
 *
 * @param dct        the publication date, when known
 * @param anchor     the last point named before this match, or the publication date when none was
 * @param anchorSpan where the text named the anchor; empty when the anchor is the publication date
 * @param mentioned  every point named before this match, in text order
 * @param sentence   the sentence around the match, found by {@link Surroundings#sentence}
 * @param match      the match itself
 */
record Context(String text, Optional<LocalDate> dct, Optional<TimexValue> anchor, Optional<Span> anchorSpan,
        List<TimexValue> mentioned, Span sentence, Span match) {

    Context {
        mentioned = List.copyOf(mentioned);
    }

    Tense tense() {
        return tenseReading().tense();
    }

    Tense.Reading tenseReading() {
        return Tense.of(text, sentence, match);
    }

    /** The publication date as a day, when known. */
    Optional<TimexValue> today() {
        return dct.map(TimexValue::day);
    }

    /** The anchor, when the text named it (rather than falling back on the publication date). */
    Optional<TimexValue> namedAnchor() {
        return anchorSpan.flatMap(s -> anchor);
    }

    /** The anchor, when the text named it in this sentence or ended naming it at most {@code chars} before it. */
    Optional<TimexValue> nearbyAnchor(int chars) {
        return anchorSpan.filter(s -> sentence.contains(s) || match.start() - s.end() <= chars).flatMap(s -> anchor);
    }
}
