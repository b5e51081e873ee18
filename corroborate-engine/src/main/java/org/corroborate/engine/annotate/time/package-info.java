/**
 * Time expressions: finding them in text and giving each a TIMEX3 value relative to the article's publication
 * date, in the manner of HeidelTime (Strötgen and Gertz, "Multilingual and cross-domain temporal tagging",
 * Language Resources and Evaluation 47, 2013).
 *
 * <p>{@link org.corroborate.engine.annotate.time.TimeTagger} is the entry point and the only public type. It
 * holds {@code TimexRule}s from four families: {@code CalendarRules} (dates, months, years, decades, seasons,
 * quarters, holidays, weekdays), {@code RelativeRules} ("yesterday", "last week", "two years ago", "the next
 * day", "a year earlier", "now"), {@code DurationRules} (durations, sets, clock times) and
 * {@code AnniversaryRule}. A rule is a pattern over the raw text, tried only near its trigger words, a guard
 * that turns away look-alikes ("Entertainment Tonight", "Articles Published: 1508", "Theresa May") and a
 * resolver. The tagger keeps the longest guarded match where matches overlap, then resolves the survivors in
 * text order, each with a {@code Context}: the publication date, the last calendar point the text named (the
 * narrative anchor) and the sentence's {@code Tense}.
 *
 * <p>{@code TimexValue} is the calendar arithmetic (a stretch of the calendar at a granularity), {@code
 * Reckoning} the shared choices (which year a yearless date means, which Friday a bare "Friday" means, when
 * holidays fall), {@code TimeWords} the word lists and {@code Surroundings} the questions about neighbouring
 * text. Everything here is non-null unless it is an {@link java.util.Optional}, and thread-safe once built.
 *
 * <p>Measured on TempEval-3's development data by {@code org.corroborate.eval.tempeval} in
 * {@code corroborate-eval}.
 */
package org.corroborate.engine.annotate.time;
