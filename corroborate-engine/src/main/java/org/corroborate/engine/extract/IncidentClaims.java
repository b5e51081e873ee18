package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;

/**
 * Claims about an incident (a fire, a crash, an earthquake, a shooting): how many died, were hurt, are missing,
 * were evacuated or arrested ("Four people are dead", "killed four", "14 people were treated in hospital", "More
 * than a dozen people were taken to hospitals"), and, in a clause naming the incident, its date and place.
 *
 * <p>The subject is the incident named in the sentence, else the article's own incident: the first one its title
 * or opening paragraph names. Outlets' words for it fold to one ("blaze" is "fire"). An incident introduced as
 * another event ("two days after a deadly fire", "a separate blaze") is not the article's and gives no claims.
 */
final class IncidentClaims {

    private static final String INCIDENT = "fire|blaze|inferno|explosion|blast|crash|collision|earthquake|quake|storm|"
            + "hurricane|flood|flooding|shooting|attack|stabbing|collapse|eruption|derailment|landslide|tornado|typhoon|"
            + "cyclone|bombing|avalanche|accident|outbreak|riot|wildfire|bushfire";
    private static final Pattern INCIDENT_WORD = Pattern.compile("(?i)\\b(" + INCIDENT + ")\\b");
    /** "another blaze", "a separate fire", "two days after a deadly fire": some other incident than the article's. */
    private static final Pattern OTHER_INCIDENT = Pattern.compile("(?i)\\b(?:another|a separate|a second|a similar|an earlier|"
            + "a previous|a different|(?:days?|weeks?|months?|hours?) (?:after|before) an?)\\s+(?:\\w+\\s+){0,2}(?:" + INCIDENT + ")\\b");
    private static final String PEOPLE = "(?:people|persons|residents|workers|employees|passengers|children|adults|others|"
            + "victims|firefighters|officers|soldiers|civilians|students|miners|climbers|tourists|men|women)";
    private static final String COUNT = "(" + Counts.PATTERN + ")";

    private record Measure(String relation, Pattern pattern) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("deaths", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:are|were|have been|had been|was|is)\\s+"
                    + "(?:confirmed\\s+|now\\s+|reported\\s+)?(?:dead|killed)\\b")),
            new Measure("deaths", Pattern.compile("(?i)\\b(?:killed|killing|kills|claimed the lives of|left)\\s+" + COUNT
                    + "(?:\\s+" + PEOPLE + ")?(?:\\s+dead)?\\b")),
            new Measure("deaths", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:had\\s+|have\\s+)?died\\b")),
            new Measure("deaths", Pattern.compile("(?i)\\b" + COUNT + "\\s+bodies\\b")),
            new Measure("deaths", Pattern.compile("(?i)\\bdeath toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|is|was|reached)\\s+" + COUNT)),
            new Measure("injuries", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:are|were|have been|had been|was)\\s+"
                    + "(?:also\\s+)?(?:being\\s+)?(?:injured|hurt|wounded|hospitalized|hospitalised|treated in hospitals?|taken to hospitals?|"
                    + "treated for (?:injuries|burns|smoke inhalation))\\b")),
            new Measure("injuries", Pattern.compile("(?i)\\b(?:injur(?:ed|es|ing)|wound(?:ed|s|ing)|hurt(?:ing)?)\\s+" + COUNT
                    + "(?:\\s+" + PEOPLE + ")?\\b")),
            new Measure("responders", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:firefighters|fire crews|rescuers|rescue workers|"
                    + "emergency workers|paramedics)\\b(?!\\s+(?:were|was|are)\\s+(?:also\\s+)?(?:injured|hurt|killed|treated))")),
            new Measure("people present", Pattern.compile("(?i)\\b" + COUNT + "\\s+" + PEOPLE + "\\s+(?:were|was)\\s+(?:working|inside|"
                    + "on board|aboard|on (?:the|its|their) [\\w-]+ shift|in the building)\\b")),
            new Measure("people present", Pattern.compile("(?i)\\bshift\\s+(?:had|of)\\s+" + COUNT + "\\s+" + PEOPLE + "\\b")),
            new Measure("missing", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:are|were|remain|remained)\\s+"
                    + "(?:still\\s+)?(?:missing|unaccounted for)\\b")),
            new Measure("evacuated", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:were|have been|had been)\\s+evacuated\\b")),
            new Measure("arrests", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:were|have been|had been)\\s+arrested\\b")));

    /**
     * @param personEvent true when the clause also named an event about a person ("she was killed in an airplane
     *                    accident"), which then has the date and place: the incident is that event's cause
     */
    void extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, Optional<Span> speech, boolean personEvent, ClaimSink sink) {
        String text = a.article().text();
        String s = clause.span().of(text);
        String sentence = clause.sentence().span().of(text);
        if (OTHER_INCIDENT.matcher(sentence).find() || introducesAnother(a, clause)) {
            return;
        }
        Optional<String> incident = named(a, clause.sentence().firstToken(), clause.sentence().endToken()).map(Named::incident)
                .or(() -> ownIncident(a));
        if (incident.isEmpty()) {
            return;
        }
        for (Measure measure : MEASURES) {
            Matcher m = measure.pattern().matcher(s);
            if (m.find()) {
                Optional<String> count = Counts.normalize(m.group(1));
                Span at = new Span(clause.span().start() + m.start(), clause.span().start() + m.end());
                if (count.isPresent() && !isYear(count.get()) && speech.filter(sp -> sp.contains(at)).isEmpty()) {
                    sink.add(clause, at, incident.get(), measure.relation(), m.group().strip(), count.get(), ValueKind.NUMBER);
                }
            }
        }
        Optional<Named> here = named(a, clause.first(), clause.end());
        if (here.isPresent() && !personEvent && here.get().incident().equals(ownIncident(a).orElse(null))) {
            Details.when(a, clause, here.get().token(), speech).ifPresent(w -> {
                w.day().ifPresent(d -> sink.add(clause, w.span(), incident.get(), "date", w.text(), d, ValueKind.DATE));
                w.hour().ifPresent(h -> sink.add(clause, w.span(), incident.get(), "hour", w.text(), h, ValueKind.DATE));
            });
            Details.place(a, clause, mentions, speech).ifPresent(p ->
                    sink.add(clause, p.span(), incident.get(), "place", p.text(), p.value(), ValueKind.PLACE));
        }
    }

    /** An incident word standing as a noun of its own, and its folded form. */
    private record Named(int token, String incident) {
    }

    /**
     * The first incident named in tokens {@code [from, to)}: an incident word that heads its phrase ("the fire
     * broke out", not "fire chief", "fire extinguishers") and is no part of a name ("Port Calloway Fire and
     * Rescue").
     */
    private static Optional<Named> named(AnnotatedArticle a, int from, int to) {
        List<Token> tokens = a.tokens();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!INCIDENT_WORD.matcher(t.text()).matches()) {
                continue;
            }
            boolean modifier = k + 1 < to && tokens.get(k + 1).pos().startsWith("NN") && !tokens.get(k + 1).text().equals("%");
            boolean inName = k > from && Character.isUpperCase(t.text().charAt(0)) && !isTitle(a, t);
            if (!modifier && !inName) {
                return Optional.of(new Named(k, Phrases.normalize(t.text())));
            }
        }
        return Optional.empty();
    }

    /** True when the token lies in a title or heading, where every word may be capitalised. */
    private static boolean isTitle(AnnotatedArticle a, Token t) {
        for (Block b : a.article().blocks()) {
            if (b.span().contains(t.span().start())) {
                return b.kind() == BlockKind.TITLE || b.kind() == BlockKind.HEADING;
            }
        }
        return false;
    }

    /**
     * True when the clause brings in an incident with "a" or "an" after the article's opening paragraph: news
     * introduces its own incident in the lede and then writes "the fire"; "after six people died in a blaze at a
     * textile mill" further down is another one.
     */
    private static boolean introducesAnother(AnnotatedArticle a, Clause clause) {
        Optional<Named> here = named(a, clause.first(), clause.end());
        if (here.isEmpty() || isOpening(a, clause)) {
            return false;
        }
        List<Token> tokens = a.tokens();
        for (int k = here.get().token() - 1; k >= Math.max(clause.first(), here.get().token() - 4); k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (!tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** True when the clause lies in the title, a heading before the first paragraph, or the first paragraph. */
    private static boolean isOpening(AnnotatedArticle a, Clause clause) {
        for (Block b : a.article().body()) {
            if (b.span().contains(clause.span().start())) {
                return true;
            }
            if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.BLOCKQUOTE) {
                return false;
            }
        }
        return false;
    }

    /** The incident a passage names, in its folded form ("blaze" → "fire"). */
    private static Optional<String> named(String passage) {
        Matcher m = INCIDENT_WORD.matcher(passage);
        return m.find() ? Optional.of(Phrases.normalize(m.group(1))) : Optional.empty();
    }

    /** The incident the article is about: the first its title or opening paragraph names. */
    private static Optional<String> ownIncident(AnnotatedArticle a) {
        String text = a.article().text();
        Optional<String> fromTitle = a.article().metadata().title().flatMap(IncidentClaims::named);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        for (Block b : a.article().body()) {
            Optional<String> found = named(b.span().of(text));
            if (found.isPresent() || b.kind() == BlockKind.PARAGRAPH) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A bare four-digit number from 1800 to 2099 next to these words is a year ("in 1887 workers …"), not a count. */
    private static boolean isYear(String count) {
        return count.matches("1[89]\\d\\d|20\\d\\d");
    }
}
