package org.corroborate.engine.annotate.time;

import static org.corroborate.engine.annotate.time.TimeWords.ORDINAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.engine.annotate.time.TimexRule.Resolution;
import org.corroborate.engine.annotate.time.TimexValue.Granularity;
import org.corroborate.model.TimeKind;

/**
 * "The 20th anniversary" is twenty years after an event the text dated earlier, at the precision it was
 * dated: after "Aug. 2001" it is {@code 2021-08}. The rule looks for that event among the points named
 * before, most recent first, and accepts one only when something confirms it: a year in the same sentence
 * that it lands on ("in 2021 ... the 20th anniversary"), a year right after the phrase ("the 20th
 * anniversary of the attack in 2001"), or a landing within a year of the publication date (anniversaries
 * are news when they happen). Otherwise the value stays {@code XXXX}.
 */
final class AnniversaryRule {

    private AnniversaryRule() {
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\w$.,])(" + TimeWords.YEAR + ")(?![\\w%]|[.,]\\d)");

    static List<TimexRule> rules() {
        return List.of(TimexRule.of("anniversary",
                "(?:(?<det>(?i:the|its|his|her|their|a|an))\\s+)?(?<ord>" + ORDINAL + ")\\s+(?i:anniversary)(?![\\w-])",
                AnniversaryRule::anniversary)
                        .on("anniversary"));
    }

    private static Optional<Resolution> anniversary(Matcher m, Context c) {
        OptionalInt n = TimeWords.ordinal(m.group("ord").replace('-', ' '));
        if (n.isEmpty() || n.getAsInt() < 1) {
            return Optional.empty();
        }
        int years = n.getAsInt();
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        Matcher y = YEAR.matcher(c.text());
        y.region(c.sentence().start(), c.sentence().end());
        while (y.find()) {
            (y.start() < m.start() ? before : after).add(Integer.parseInt(y.group(1)));
        }
        List<TimexValue> mentioned = c.mentioned();
        for (int i = mentioned.size() - 1; i >= 0; i--) {
            TimexValue event = mentioned.get(i);
            int lands = event.year() + years;
            if (before.contains(lands) || after.contains(lands)) {
                return Resolution.date(event.plus(Granularity.YEAR, years));
            }
        }
        if (!after.isEmpty()) {
            return Resolution.date(TimexValue.year(after.get(0) + years));
        }
        if (c.dct().isPresent()) {
            int now = c.dct().map(LocalDate::getYear).get();
            for (int i = mentioned.size() - 1; i >= 0; i--) {
                TimexValue event = mentioned.get(i);
                if (Math.abs(event.year() + years - now) <= 1) {
                    return Resolution.date(event.plus(Granularity.YEAR, years));
                }
            }
        }
        return Resolution.vague(TimeKind.DATE, "XXXX");
    }
}
