package org.corroborate.engine.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.EntityType;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
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
                    + "(?:also\\s+)?(?:injured|hurt|wounded|hospitalized|hospitalised|treated in hospitals?|taken to hospitals?|"
                    + "treated for (?:injuries|burns|smoke inhalation))\\b")),
            new Measure("injuries", Pattern.compile("(?i)\\b(?:injur(?:ed|es|ing)|wound(?:ed|s|ing)|hurt(?:ing)?)\\s+" + COUNT
                    + "(?:\\s+" + PEOPLE + ")?\\b")),
            new Measure("missing", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:are|were|remain|remained)\\s+"
                    + "(?:still\\s+)?(?:missing|unaccounted for)\\b")),
            new Measure("evacuated", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:were|have been|had been)\\s+evacuated\\b")),
            new Measure("arrests", Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:" + PEOPLE + "\\s+)?(?:were|have been|had been)\\s+arrested\\b")));

    private static final Set<EntityType> PLACES = Set.of(EntityType.LOCATION);

    void extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        String s = clause.span().of(text);
        String sentence = clause.sentence().span().of(text);
        if (OTHER_INCIDENT.matcher(sentence).find()) {
            return;
        }
        Optional<String> incident = named(sentence).or(() -> ownIncident(a));
        if (incident.isEmpty()) {
            return;
        }
        Span evidence = clause.sentence().span();
        for (Measure measure : MEASURES) {
            Matcher m = measure.pattern().matcher(s);
            if (m.find()) {
                Optional<String> count = Counts.normalize(m.group(1));
                if (count.isPresent() && !isYear(count.get())) {
                    sink.add(evidence, incident.get(), measure.relation(), m.group().strip(), count.get(), ValueKind.NUMBER);
                }
            }
        }
        if (named(s).isPresent()) {
            datedAndPlaced(a, clause, incident.get(), mentions, sink);
        }
    }

    private static void datedAndPlaced(AnnotatedArticle a, Clause clause, String incident, MentionIndex mentions, ClaimSink sink) {
        Span evidence = clause.sentence().span();
        Optional<TimeExpression> date = a.times().stream().filter(t -> clause.span().contains(t.span())
                && t.kind() == TimeKind.DATE && Character.isDigit(t.value().charAt(0))).findFirst();
        date.ifPresent(t -> sink.add(evidence, incident, "date", t.text(), t.value(), ValueKind.DATE));
        String text = a.article().text();
        for (MentionIndex.Placed p : mentions.within(clause.span(), PLACES)) {
            String before = text.substring(Math.max(clause.span().start(), p.span().start() - 5), p.span().start()).toLowerCase(java.util.Locale.ROOT);
            if (before.matches(".*\\b(in|at|near|outside)\\s+(the\\s+)?$") || before.endsWith("in the ")) {
                sink.add(evidence, incident, "place", p.mention().text(), p.entity().name(), ValueKind.PLACE);
                return;
            }
        }
    }

    /** The incident a sentence names, in its folded form ("blaze" → "fire"). */
    private static Optional<String> named(String sentence) {
        Matcher m = INCIDENT_WORD.matcher(sentence);
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
            if (found.isPresent() || b.kind() == org.corroborate.model.BlockKind.PARAGRAPH) {
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
