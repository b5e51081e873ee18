package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Token;

/**
 * The kinds of event news reports and the words that name them: verbs by lemma ("died", "was arrested") and
 * nouns ("the death of", "her arrest"). For each, whether the claim is about the verb's subject ("X died") or
 * its object ("police arrested X", "Y released the album"): the one the event happened to.
 */
final class EventFrames {

    /** An event kind; {@code aboutObject} when the active verb's object, not its subject, is what it is about. */
    record Frame(String event, boolean aboutObject) {
    }

    private static final Map<String, Frame> VERBS = Map.ofEntries(
            Map.entry("die", new Frame("death", false)),
            Map.entry("perish", new Frame("death", false)),
            Map.entry("kill", new Frame("death", true)),
            Map.entry("murder", new Frame("death", true)),
            Map.entry("release", new Frame("release", true)),
            Map.entry("drop", new Frame("release", true)),
            Map.entry("premiere", new Frame("release", true)),
            Map.entry("unveil", new Frame("release", true)),
            Map.entry("launch", new Frame("launch", true)),
            Map.entry("arrest", new Frame("arrest", true)),
            Map.entry("detain", new Frame("arrest", true)),
            Map.entry("charge", new Frame("charge", true)),
            Map.entry("convict", new Frame("conviction", true)),
            Map.entry("sentence", new Frame("sentencing", true)),
            Map.entry("injure", new Frame("injury", true)),
            Map.entry("hospitalize", new Frame("hospitalization", true)),
            Map.entry("resign", new Frame("resignation", false)),
            Map.entry("retire", new Frame("retirement", false)),
            Map.entry("marry", new Frame("marriage", false)),
            Map.entry("wed", new Frame("marriage", false)),
            Map.entry("divorce", new Frame("divorce", false)),
            Map.entry("bear", new Frame("birth", true)),
            Map.entry("elect", new Frame("election", true)),
            Map.entry("appoint", new Frame("appointment", true)),
            Map.entry("fire", new Frame("dismissal", true)),
            Map.entry("sack", new Frame("dismissal", true)),
            Map.entry("win", new Frame("win", false)),
            Map.entry("collapse", new Frame("collapse", false)),
            Map.entry("crash", new Frame("crash", false)),
            Map.entry("erupt", new Frame("eruption", false)),
            Map.entry("evacuate", new Frame("evacuation", true)),
            Map.entry("rescue", new Frame("rescue", true)),
            Map.entry("build", new Frame("construction", true)),
            Map.entry("found", new Frame("founding", true)),
            Map.entry("establish", new Frame("founding", true)));


    /** Event nouns that take the one it happened to as "X's NOUN", "the NOUN of X" or "her NOUN". */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("death", "death"), Map.entry("passing", "death"), Map.entry("murder", "death"),
            Map.entry("killing", "death"), Map.entry("arrest", "arrest"), Map.entry("resignation", "resignation"),
            Map.entry("wedding", "marriage"), Map.entry("birth", "birth"), Map.entry("release", "release"),
            Map.entry("conviction", "conviction"), Map.entry("retirement", "retirement"), Map.entry("debut", "debut"));

    /** Verbs that start an activity: "filming begins April 8", "cameras start rolling on Monday". */
    private static final Set<String> STARTS = Set.of("begin", "start", "commence", "resume", "open");
    /** Activities whose start news dates, and the name each is folded to. */
    private static final Map<String, String> ACTIVITIES = Map.ofEntries(
            Map.entry("filming", "filming"), Map.entry("shooting", "filming"), Map.entry("production", "filming"),
            Map.entry("cameras", "filming"), Map.entry("construction", "construction work"), Map.entry("voting", "voting"),
            Map.entry("trial", "trial"), Map.entry("hearing", "hearing"), Map.entry("tour", "tour"), Map.entry("season", "season"));

    /**
     * The activity whose start the verb at {@code k} reports, when it is a start verb ("begins", "gets underway")
     * right after an activity noun ("Filming", "production", "cameras"): its folded name.
     */
    static Optional<String> activityStarted(List<Token> tokens, int k, int clauseStart, int clauseEnd) {
        Token t = tokens.get(k);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean underway = lemma.equals("get") && k + 1 < clauseEnd && tokens.get(k + 1).text().equalsIgnoreCase("underway");
        if (!t.pos().startsWith("VB") || !STARTS.contains(lemma) && !underway) {
            return Optional.empty();
        }
        for (int j = k - 1; j >= clauseStart && j >= k - 3; j--) {
            Token before = tokens.get(j);
            String word = before.text().toLowerCase(Locale.ROOT);
            if (ACTIVITIES.containsKey(word)) {
                return Optional.of(ACTIVITIES.get(word));
            }
            if (!before.pos().startsWith("RB") && !before.pos().equals("MD")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Verbs that need a work as object to mean a release ("dropped the video", not "dropped out"). */
    static final Set<String> RELEASE_ONLY_WITH_WORK = Set.of("drop");

    private static final Set<String> AUXILIARIES = Set.of("be", "get");

    /** "dates", "dated", "date": read as a verb before "from" or "back". */
    private static final Pattern DATE_VERB = Pattern.compile("(?i)dat(?:es|ed|e)");

    private EventFrames() {
    }

    /**
     * The frame of the verb at {@code k}, if it names an event. "pass" counts as dying when "away" follows or
     * when it ends its clause with a person as subject ("… the night that she passed").
     */
    static Optional<Frame> verb(List<Token> tokens, int k, int clauseEnd) {
        Token t = tokens.get(k);
        if (DATE_VERB.matcher(t.text()).matches() && k > 0 && k + 1 < clauseEnd
                && Set.of("from", "back").contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            // "the mill dates from the 19th century", which the tagger often reads as a plural noun
            return Optional.of(new Frame("construction", false));
        }
        if (t.text().equalsIgnoreCase("due") && mentionsCourt(tokens, k + 1, Math.min(clauseEnd, k + 8))
                || t.lemma().equalsIgnoreCase("appear") && mentionsCourt(tokens, k + 1, Math.min(clauseEnd, k + 6))) {
            // "is due back in court in November", "is due to appear in Provincial Court on Nov. 20"
            return Optional.of(new Frame("court appearance", false));
        }
        if (!t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("pass")) {
            boolean away = k + 1 < clauseEnd && tokens.get(k + 1).text().equalsIgnoreCase("away");
            boolean ends = k + 1 >= clauseEnd || !Character.isLetterOrDigit(tokens.get(k + 1).text().charAt(0));
            return away || ends ? Optional.of(new Frame("death", false)) : Optional.empty();
        }
        return Optional.ofNullable(VERBS.get(lemma));
    }

    private static boolean mentionsCourt(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).text().equalsIgnoreCase("court")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the verb at {@code k} is passive: a participle after a form of "be" or "get", or right after a
     * comma ("The mill, built in 1887, …").
     */
    static boolean isPassive(List<Token> tokens, int k, int clauseStart) {
        if (!tokens.get(k).pos().equals("VBN")) {
            return false;
        }
        if (k > 0 && tokens.get(k - 1).text().equals(",")) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(clauseStart, k - 3); j--) {
            Token t = tokens.get(j);
            if (AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    static Optional<String> noun(Token t) {
        return t.pos().startsWith("NN") ? Optional.ofNullable(NOUNS.get(t.lemma().toLowerCase(Locale.ROOT))) : Optional.empty();
    }
}
