package org.corroborate.eval.tempeval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A TimeML document reduced to what time-expression evaluation needs: the text of its {@code TEXT} element with
 * the tags taken out, the TIMEX3s inside it, and its creation time (the DCT).
 *
 * @param id           the file name without {@code .tml}
 * @param creationTime the date of the TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}
 */
public record TimeMlDocument(String id, Optional<LocalDate> creationTime, String text, List<GoldTimex> timexes) {

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        for (GoldTimex t : timexes) {
            if (t.span().end() > text.length()) {
                throw new IllegalArgumentException("document " + id + ": timex " + t + " reaches past its text ("
                        + text.length() + " chars)");
            }
        }
    }
}
