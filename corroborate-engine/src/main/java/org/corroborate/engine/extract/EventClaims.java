package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;

/**
 * Claims about events: a clause with an event verb or noun ({@link EventFrames}) gives, for the one the event
 * happened to, one claim per detail the clause states: "death date" (a date, {@link Details}; with a clock time
 * also "death hour"), "death place" (a
 * place after in/at/near), "death cause" ("in a plane crash"), "death time" (an anchor such as "the night that we
 * filmed the video"), "age at death"; with none of those, one claim that the event happened ("death").
 *
 * <p>Who it happened to: for most verbs the subject ({@link NounPhrases}: "the R&B star passed away", "Lusk, 58,
 * was arrested"), for verbs about their object the object ("police arrested Kettering", "dropped his "Hero"
 * video"); for nouns the possessor ("Aaliyah's death", "her arrest", "the death of X"). A subject the article
 * only describes ("the innovative R&B star") is kept as those words, for the story to align.
 */
final class EventClaims {

    /** Tokens after an event noun within which "of" names whom it is about ("the death of his friend, Aaliyah"). */
    private static final int OF_REACH = 9;
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "my", "our", "your");
    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK, EntityType.OTHER);
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
    /** Within this many tokens of an event noun a date is the event's ("his arrest on Tuesday"). */
    private static final int NOUN_REACH = 8;
    /** Words before an event verb that deny or doubt it: "did not win", "will likely die", "may have died". */
    private static final Set<String> HEDGES = Set.of("not", "n't", "never", "no", "likely", "unlikely", "may", "might", "could",
            "would", "perhaps", "possibly", "allegedly");

    /** @return true when the clause named an event about someone, whose details it then claimed */
    boolean extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, Works works, Optional<Span> speech, ClaimSink sink) {
        List<Token> tokens = a.tokens();
        for (int k = clause.first(); k < clause.end(); k++) {
            int at = tokens.get(k).span().start();
            if (speech.filter(s -> s.contains(at)).isPresent()) {
                continue;
            }
            Optional<EventFrames.Frame> frame = EventFrames.verb(tokens, k, clause.end());
            Optional<String> activity = EventFrames.activityStarted(tokens, k, clause.first(), clause.end());
            Optional<NounPhrases.Found> subject = Optional.empty();
            String event = null;
            boolean noun = false;
            if (activity.isPresent()) {
                event = "start";
                subject = Optional.of(new NounPhrases.Found(tokens.get(k).span(), activity.get(), Optional.empty()));
            } else if (frame.isPresent()) {
                event = frame.get().event();
                boolean passive = EventFrames.isPassive(tokens, k, clause.first());
                if (event.equals("construction") && frame.get().aboutObject() && !passive) {
                    continue; // "spent a year building the case": only "was built in" dates a building
                }
                if (frame.get().aboutObject() && !passive) {
                    subject = object(a, clause, mentions, works, k);
                } else {
                    subject = NounPhrases.subjectBefore(a, mentions, clause.sentence(), relativeAntecedent(tokens, clause, k), false);
                    if (subject.isEmpty() && isRelative(tokens.get(clause.first()))) {
                        // "The mill, which makes fabric and dates from the 19th century": the phrase before the comma
                        subject = NounPhrases.subjectBefore(a, mentions, clause.sentence(), clause.first(), false);
                    }
                    if (subject.isEmpty()) {
                        subject = coordinated(a, mentions, clause, k);
                    }
                    if (subject.isEmpty() && event.equals("release")) {
                        // "Hero was released as part of the album": a work the article has named
                        subject = works.in(new Span(clause.span().start(), tokens.get(k).span().start())).stream().reduce((x, y) -> y)
                                .map(w -> new NounPhrases.Found(w.span(), w.name(), Optional.empty()));
                    }
                }
            } else if (EventFrames.noun(tokens.get(k)).isPresent() || FATAL.matcher(tokens.get(k).text() + " " + next(tokens, k)).lookingAt()) {
                event = EventFrames.noun(tokens.get(k)).orElse("death");
                subject = possessor(a, mentions, clause, k);
                noun = true;
            }
            if (event == null || subject.isEmpty()
                    || event.equals("release") && subject.get().entity().filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                continue; // a person "released on bail" or "from hospital" is no release of a work
            }
            if (!noun && hedged(tokens, clause, k)) {
                return false; // "Brian did not win", "he will likely die in prison": nothing the article claims happened
            }
            slots(a, clause, k, noun, event, subject.get(), mentions, speech, sink);
            return true; // one event per clause: later verbs are most often its details ("passed away after filming")
        }
        return false;
    }

    /** "Kettering was released on bail and is due in court on Nov. 20": the subject of the clause's first verb. */
    private static Optional<NounPhrases.Found> coordinated(AnnotatedArticle a, MentionIndex mentions, Clause clause, int verb) {
        List<Token> tokens = a.tokens();
        int j = verb - 1;
        while (j > clause.first() && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).pos().startsWith("VB")
                || tokens.get(j).pos().equals("MD"))) {
            j--;
        }
        if (j <= clause.first() || !tokens.get(j).text().equalsIgnoreCase("and")) {
            return Optional.empty();
        }
        for (int k = clause.first(); k < j; k++) {
            if (tokens.get(k).pos().startsWith("VB")) {
                return NounPhrases.subjectBefore(a, mentions, clause.sentence(), k, false);
            }
        }
        return Optional.empty();
    }

    private static boolean isRelative(Token t) {
        return t.text().equalsIgnoreCase("which") || t.text().equalsIgnoreCase("who");
    }

    /** "Hewitt, who starred …": the verb after "who" has the name before it as its subject. */
    private static int relativeAntecedent(List<Token> tokens, Clause clause, int verb) {
        int j = verb - 1;
        while (j > clause.sentence().firstToken() && tokens.get(j).pos().startsWith("RB")) {
            j--;
        }
        if (j > clause.sentence().firstToken() && tokens.get(j).text().equalsIgnoreCase("who")) {
            int antecedent = tokens.get(j - 1).text().equals(",") ? j - 1 : j;
            return antecedent;
        }
        return verb;
    }

    /** What a verb about its object is about: a name or work just after it, else a description. */
    private static Optional<NounPhrases.Found> object(AnnotatedArticle a, Clause clause, MentionIndex mentions, Works works, int verb) {
        List<Token> tokens = a.tokens();
        String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
        int reach = Math.min(clause.end(), verb + 6);
        Span after = new Span(tokens.get(verb).span().end(), tokens.get(reach - 1).span().end());
        if (EventFrames.RELEASE_ONLY_WITH_WORK.contains(lemma) || EventFrames.verb(tokens, verb, clause.end()).map(f -> f.event().equals("release")).orElse(false)) {
            Optional<Works.Work> work = works.first(after);
            if (work.isPresent() || EventFrames.RELEASE_ONLY_WITH_WORK.contains(lemma)) {
                return work.map(w -> new NounPhrases.Found(w.span(), w.name(), Optional.empty()));
            }
        }
        // These events happen to people: a person named just after the verb is what it is about ("killed Superior
        // Court Judge Rowland Barnes"), and a name that only modifies the noun after it is not ("a U.S. Customs agent").
        List<MentionIndex.Placed> candidates = mentions.within(after, WHO).stream().filter(p -> !modifiesNext(tokens, p)).toList();
        Optional<MentionIndex.Placed> named = candidates.stream().filter(p -> p.entity().type() == EntityType.PERSON).findFirst()
                .or(() -> candidates.stream().findFirst());
        if (named.isPresent()) {
            return Optional.of(new NounPhrases.Found(named.get().span(), named.get().entity().name(), Optional.of(named.get().entity())));
        }
        for (int k = verb + 1; k < reach; k++) {
            Token t = tokens.get(k);
            if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH"))) {
                return k > verb + 1 ? NounPhrases.description(a, clause.sentence(), k - 1, false) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when a word that denies or doubts the event stands between the verb and the clause's subject. */
    private static boolean hedged(List<Token> tokens, Clause clause, int verb) {
        for (int j = verb - 1; j >= Math.max(clause.first(), verb - 4); j--) {
            Token t = tokens.get(j);
            if (HEDGES.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!(t.pos().startsWith("RB") || t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().equals("TO"))) {
                return false;
            }
        }
        return false;
    }

    /** True when the mention is followed right away by a common noun it modifies ("Customs agent"). */
    private static boolean modifiesNext(List<Token> tokens, MentionIndex.Placed p) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).span().start() >= p.span().end()) {
                return tokens.get(j).pos().equals("NN") || tokens.get(j).pos().equals("NNS");
            }
        }
        return false;
    }

    /** Who an event noun is about: "X's death", "her death", "the death of X". */
    private static Optional<NounPhrases.Found> possessor(AnnotatedArticle a, MentionIndex mentions, Clause clause, int k) {
        List<Token> tokens = a.tokens();
        int from = Math.max(clause.first(), k - 4);
        Optional<MentionIndex.Placed> before = mentions.lastBefore(tokens.get(k).span().start(), tokens.get(from).span().start(), WHO);
        if (before.isPresent()) {
            String between = a.article().text().substring(before.get().span().end(), tokens.get(k).span().start()).toLowerCase(Locale.ROOT);
            boolean possessive = between.startsWith("'s") || between.startsWith("’s") || between.startsWith("'") || between.startsWith("’")
                    || before.get().mention().kind() == MentionKind.PRONOUN;
            if (possessive && between.split("\\s+").length <= 3) {
                MentionIndex.Placed p = before.get();
                return Optional.of(new NounPhrases.Found(p.span(), p.entity().name(), Optional.of(p.entity())));
            }
        }
        if (k + 1 < clause.end() && tokens.get(k + 1).text().equalsIgnoreCase("of")) {
            int to = tokens.get(Math.min(clause.end(), k + OF_REACH) - 1).span().end();
            String text = a.article().text();
            // "the death of his close friend, Aaliyah": a possessor inside the phrase is not whose death it is.
            return mentions.within(new Span(tokens.get(k + 1).span().end(), to), WHO).stream()
                    .filter(p -> !isPossessor(text, tokens, k + 1, p)).findFirst()
                    .map(p -> new NounPhrases.Found(p.span(), p.entity().name(), Optional.of(p.entity())));
        }
        return Optional.empty();
    }

    /** A mention that only owns the noun after it: "his", "their", "her" before a noun, "Dash's". */
    private static boolean isPossessor(String text, List<Token> tokens, int from, MentionIndex.Placed p) {
        String word = p.mention().text().toLowerCase(Locale.ROOT);
        if (p.mention().kind() == MentionKind.PRONOUN) {
            return POSSESSIVE_PRONOUNS.contains(word) && (!word.equals("her") || beforeNoun(tokens, from, p.span().end()));
        }
        String after = text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 2));
        return after.equals("'s") || after.equals("’s");
    }

    /**
     * True when the first token from index {@code from} on that starts at or after {@code offset} is a noun, an
     * adjective or a number ("her close friend").
     */
    private static boolean beforeNoun(List<Token> tokens, int from, int offset) {
        for (Token t : tokens.subList(from, tokens.size())) {
            if (t.span().start() >= offset) {
                return t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("CD");
            }
        }
        return false;
    }

    private static void slots(AnnotatedArticle a, Clause clause, int trigger, boolean noun, String event, NounPhrases.Found subject,
            MentionIndex mentions, Optional<Span> speech, ClaimSink sink) {
        String text = a.article().text();
        List<Token> tokens = a.tokens();
        Span triggerSpan = tokens.get(trigger).span();
        int before = sink.size();
        Optional<Details.When> when = Details.when(a, clause, trigger, speech);
        if (noun) {
            int reach = tokens.get(Math.min(clause.end(), trigger + NOUN_REACH) - 1).span().end();
            int back = tokens.get(Math.max(clause.first(), trigger - 3)).span().start();
            when = when.filter(d -> d.span().start() >= back && d.span().end() <= reach);
        }
        when.ifPresent(w -> {
            w.day().ifPresent(d -> sink.add(clause, w.span(), subject, event + " date", w.text(), d, ValueKind.DATE));
            w.hour().ifPresent(h -> sink.add(clause, w.span(), subject, event + " hour", w.text(), h, ValueKind.DATE));
        });
        if (!noun) {
            Details.place(a, clause, mentions, speech).ifPresent(p ->
                    sink.add(clause, p.span(), subject, event + " place", p.text(), p.value(), ValueKind.PLACE));
        }
        String clauseText = clause.span().of(text);
        if (event.equals("death")) {
            Matcher cause = CAUSE.matcher(clauseText);
            if (cause.find()) {
                Span at = new Span(clause.span().start() + cause.start(1), clause.span().start() + cause.end(1));
                sink.add(clause, at, subject, "death cause", cause.group(1), Phrases.normalize(cause.group(1)), ValueKind.TEXT);
            }
        }
        Matcher anchor = ANCHOR.matcher(clause.sentence().span().of(text));
        if (anchor.find() && !anchor.group(1).toLowerCase(Locale.ROOT).contains("year")) {
            Span at = new Span(clause.sentence().span().start() + anchor.start(1), clause.sentence().span().start() + anchor.end(1));
            sink.add(clause, at, subject, event + " time", anchor.group(1).strip(), Phrases.occasion(anchor.group(1)), ValueKind.TEXT);
        }
        Matcher age = AGE.matcher(clauseText);
        if (age.find()) {
            Span at = new Span(clause.span().start() + age.start(), clause.span().start() + age.end());
            sink.add(clause, at, subject, "age at " + event, age.group(), age.group(1), ValueKind.NUMBER);
        }
        if (sink.size() == before) {
            sink.add(clause, triggerSpan, subject, event, tokens.get(trigger).text(), "reported", ValueKind.TEXT);
        }
    }

    private static String next(List<Token> tokens, int k) {
        return k + 1 < tokens.size() ? tokens.get(k + 1).text() : "";
    }
}
