package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;

/**
 * Claims about events: a clause with an event verb or noun ({@link EventFrames}) gives, for the one the event
 * happened to, one claim per detail the clause states: "death date" (a date in the sentence), "death place" (a
 * place after in/at/near), "death cause" ("in a plane crash"), "death time" (an anchor such as "the night that we
 * filmed the video"), "age at death"; with none of those, one claim that the event happened.
 */
final class EventClaims {

    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK, EntityType.OTHER);
    private static final Set<EntityType> PLACES = Set.of(EntityType.LOCATION);
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "off", "outside", "on", "inside", "across");
    private static final Pattern CAUSE = Pattern.compile(
            "(?i)\\b(?:in|after|from|of|following|by)\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}-]+\\s+){0,2}"
                    + "(?:crash|accident|collision|fire|explosion|attack|shooting|stabbing|overdose|cancer|illness|disease|"
                    + "heart attack|stroke|drowning|earthquake|storm|flood|avalanche|landslide))\\b");
    /** "the night that we filmed that video", "the same day as the shoot": up to the next verb of being. */
    private static final Pattern ANCHOR = Pattern.compile(
            "(?i)\\b((?:on\\s+)?the\\s+(?:same\\s+)?(?:night|day|morning|evening|afternoon|week)\\s+"
                    + "(?:that|when|of|as|after|before)\\s+(?:(?!\\b(?:was|is|were|are|had|has|and|but)\\b)[^,.;:]){3,50})");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:at (?:the )?age (?:of )?|aged )(\\d{1,3})\\b");
    private static final Pattern FATAL = Pattern.compile("(?i)\\bfatal\\s+(?:accident|crash|collision|injur\\w*)\\b");

    void extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        List<Token> tokens = a.tokens();
        String text = a.article().text();
        for (int k = clause.first(); k < clause.end(); k++) {
            Optional<EventFrames.Frame> frame = EventFrames.verb(tokens, k, clause.end());
            Optional<Entity> subject = Optional.empty();
            String event = null;
            if (frame.isPresent()) {
                event = frame.get().event();
                boolean passive = EventFrames.isPassive(tokens, k, clause.first());
                int at = tokens.get(k).span().start();
                if (frame.get().aboutObject() && !passive) {
                    subject = mentions.firstAfter(tokens.get(k).span().end(), clause.span().end(), WHO).map(MentionIndex.Placed::entity);
                    boolean needsWork = EventFrames.RELEASE_ONLY_WITH_WORK.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT));
                    if (needsWork && subject.filter(e -> e.type() == EntityType.WORK).isEmpty()) {
                        subject = Optional.empty();
                    }
                } else {
                    int verb = k;
                    subject = mentions.lastBefore(at, clause.sentence().span().start(), WHO)
                            .filter(p -> isSubjectOf(tokens, p, verb))
                            .map(MentionIndex.Placed::entity);
                }
            } else if (EventFrames.noun(tokens.get(k)).isPresent() || FATAL.matcher(tokens.get(k).text() + " " + next(tokens, k)).lookingAt()) {
                event = EventFrames.noun(tokens.get(k)).orElse("death");
                subject = possessor(a, mentions, clause, k);
            }
            if (event == null || subject.isEmpty()) {
                continue;
            }
            slots(a, clause, k, event, subject.get(), mentions, sink);
            return; // one event per clause: later verbs are most often its details ("passed away after filming")
        }
    }

    /**
     * True when nothing that could itself be the verb's subject (a noun or pronoun outside the mention) stands
     * between the mention and the verb: "the R&B star tragically passed away", "Aaliyah, 22, was killed", but not
     * "Enrique … because she had passed" when "she" is no known entity's mention.
     */
    private static boolean isSubjectOf(List<Token> tokens, MentionIndex.Placed mention, int verb) {
        for (int j = verb - 1; j >= 0 && tokens.get(j).span().start() >= mention.span().end(); j--) {
            String pos = tokens.get(j).pos();
            if (pos.startsWith("NN") || pos.startsWith("PRP") && !pos.equals("PRP$") || pos.equals("WP")) {
                return false;
            }
        }
        return true;
    }

    /** Who an event noun is about: "X's death", "her death", "the death of X". */
    private static Optional<Entity> possessor(AnnotatedArticle a, MentionIndex mentions, Clause clause, int k) {
        List<Token> tokens = a.tokens();
        int from = Math.max(clause.first(), k - 4);
        Optional<MentionIndex.Placed> before = mentions.lastBefore(tokens.get(k).span().start(), tokens.get(from).span().start(), WHO);
        if (before.isPresent()) {
            String after = a.article().text().substring(before.get().span().end(), tokens.get(k).span().start()).toLowerCase(Locale.ROOT);
            boolean possessive = after.startsWith("'s") || after.startsWith("’s") || after.startsWith("'") || after.startsWith("’")
                    || before.get().mention().kind() == org.corroborate.model.MentionKind.PRONOUN;
            if (possessive && after.split("\\s+").length <= 3) {
                return Optional.of(before.get().entity());
            }
        }
        if (k + 1 < clause.end() && tokens.get(k + 1).text().equalsIgnoreCase("of")) {
            int to = tokens.get(Math.min(clause.end(), k + 6) - 1).span().end();
            return mentions.firstAfter(tokens.get(k + 1).span().end(), to, WHO).map(MentionIndex.Placed::entity);
        }
        return Optional.empty();
    }

    private static void slots(AnnotatedArticle a, Clause clause, int trigger, String event, Entity subject,
            MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        Sentence sentence = clause.sentence();
        Span evidence = sentence.span();
        int before = sink.claims().size();
        firstDate(a, clause.span()).or(() -> firstDate(a, sentence.span())).ifPresent(t ->
                sink.add(evidence, subject, event + " date", t.text(), t.value(), ValueKind.DATE));
        for (MentionIndex.Placed p : mentions.within(clause.span(), PLACES)) {
            if (PLACE_PREPOSITIONS.contains(wordBefore(text, p.span().start()))) {
                sink.add(evidence, subject, event + " place", p.mention().text(), p.entity().name(), ValueKind.PLACE);
                break;
            }
        }
        String clauseText = clause.span().of(text);
        if (event.equals("death")) {
            Matcher cause = CAUSE.matcher(clauseText);
            if (cause.find()) {
                sink.add(evidence, subject, "death cause", cause.group(1), Phrases.normalize(cause.group(1)), ValueKind.TEXT);
            }
        }
        Matcher anchor = ANCHOR.matcher(sentence.span().of(text));
        if (anchor.find() && !anchor.group(1).toLowerCase(Locale.ROOT).contains("year")) {
            sink.add(evidence, subject, event + " time", anchor.group(1).strip(), Phrases.normalize(anchor.group(1)), ValueKind.TEXT);
        }
        Matcher age = AGE.matcher(clauseText);
        if (age.find()) {
            sink.add(evidence, subject, "age at " + event, age.group(), age.group(1), ValueKind.NUMBER);
        }
        if (sink.claims().size() == before) {
            Token t = a.tokens().get(trigger);
            sink.add(evidence, subject, event, t.text(), "reported", ValueKind.TEXT);
        }
    }

    private static Optional<TimeExpression> firstDate(AnnotatedArticle a, Span range) {
        return a.times().stream().filter(t -> range.contains(t.span()) && t.kind() == TimeKind.DATE
                && Character.isDigit(t.value().charAt(0))).findFirst();
    }

    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("the") && start > 0) {
            return wordBefore(text, start);
        }
        return word;
    }

    private static String next(List<Token> tokens, int k) {
        return k + 1 < tokens.size() ? tokens.get(k + 1).text() : "";
    }
}
