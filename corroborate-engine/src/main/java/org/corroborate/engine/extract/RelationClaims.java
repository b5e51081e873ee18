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
import org.corroborate.model.Span;
import org.corroborate.model.ValueKind;

/**
 * Claims about relations and quantities that news states without an event verb: friendships ("X and Y were
 * close friends", "his close friend Y"), roles in a work ("… which also starred X and Y", "X starred in Y"),
 * ages ("X was only 22 years old", "the 34-year-old X"), sales ("selling over 8 million copies"), a work's album
 * ("released as part of the album Escape"), presence at an event ("X was pictured at the party") and one
 * place inside another ("Vellacott, a town in the Orrin Valley").
 */
final class RelationClaims {

    private static final Set<EntityType> PEOPLE = Set.of(EntityType.PERSON);
    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK, EntityType.OTHER);
    private static final Set<EntityType> WORKS = Set.of(EntityType.WORK);

    private static final Pattern FRIENDS = Pattern.compile("(?i)\\b(?:were|are|had been|have been|became|remained)\\s+"
            + "(?:very\\s+|really\\s+)?(?:close|good|best|old|longtime|long-time|great)?\\s*friends\\b");
    private static final Pattern FRIEND_OF = Pattern.compile("(?i)\\b(?:close|good|best|old|longtime|long-time)?\\s*friend\\b");
    private static final Pattern STARRED = Pattern.compile("(?i)\\b(?:starred|starring|co-starred|featured|featuring|stars)\\b");
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(?:was|is|were|are)\\s+(?:only|just|about|nearly|almost)?\\s*(\\d{1,3})\\s*(?:years?|yrs?)[- ]old\\b|\\b(\\d{1,3})-year-old\\b");
    private static final Pattern SOLD = Pattern.compile("(?i)\\b(?:sold|selling|sells|shifted|moved)\\s+(?:over|more than|nearly|about|almost|some)?\\s*"
            + "(\\d[\\d.,]*)\\s*(million|thousand|billion)?\\s+(?:copies|units|records|albums|tickets)\\b");
    private static final Pattern ALBUM = Pattern.compile("(?i)\\b(?:album|record|LP|EP),?\\s+$");
    private static final Pattern PRESENT_AT = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:pictured|photographed|seen|spotted)\\s+at\\s+((?:his|her|their|the|a)\\s+[^,.;]{3,60}?)(?=\\s+(?:in|on|during|last)\\b|[,.;]|$)");
    private static final String PLACE_KIND = "(?:town|city|village|suburb|district|neighbou?rhood|county|province|state|"
            + "region|island|port|community|hamlet|municipality|borough|valley|area)";
    /** "X, a town of about 9,000 people in the Y": the words between two places that put the first inside the second. */
    private static final Pattern INSIDE_APPOSITION = Pattern.compile(
            "(?i)^,\\s+(?:a|an|the)\\s+[^,.;]{0,40}?\\b" + PLACE_KIND + "\\b[^.;]{0,40}?\\b(?:in|on|of)\\s+(?:the\\s+)?$");
    private static final Pattern INSIDE = Pattern.compile("(?i)^\\s+in\\s+(?:the\\s+)?$");

    void extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        Span span = clause.span();
        String s = span.of(text);
        Span evidence = clause.sentence().span();
        Matcher m;
        if ((m = FRIENDS.matcher(s)).find()) {
            List<MentionIndex.Placed> people = mentions.within(new Span(clause.sentence().span().start(), span.start() + m.start()), PEOPLE);
            if (people.size() >= 2) {
                friends(sink, evidence, people.get(people.size() - 2).entity(), people.get(people.size() - 1).entity());
            }
        } else if ((m = FRIEND_OF.matcher(s)).find()) {
            int at = span.start() + m.start();
            Optional<MentionIndex.Placed> owner = mentions.lastBefore(at, Math.max(span.start(), at - 12), PEOPLE);
            Optional<MentionIndex.Placed> friend = mentions.firstAfter(span.start() + m.end(), Math.min(span.end(), span.start() + m.end() + 40), PEOPLE);
            if (owner.isPresent() && friend.isPresent() && owner.get().entity() != friend.get().entity()) {
                friends(sink, evidence, owner.get().entity(), friend.get().entity());
            }
        }
        if ((m = STARRED.matcher(s)).find()) {
            starred(a, clause, span.start() + m.start(), span.start() + m.end(), mentions, sink);
        }
        if ((m = AGE.matcher(s)).find()) {
            String years = m.group(1) != null ? m.group(1) : m.group(2);
            int at = span.start() + m.start();
            Optional<MentionIndex.Placed> who = m.group(2) != null
                    ? mentions.firstAfter(span.start() + m.end(), span.end(), PEOPLE)
                    : mentions.lastBefore(at, clause.sentence().span().start(), PEOPLE);
            String stated = m.group().strip();
            who.ifPresent(p -> sink.add(evidence, p.entity(), "age", stated, years, ValueKind.NUMBER));
        }
        if ((m = SOLD.matcher(s)).find()) {
            Optional<Entity> what = work(a, clause, mentions);
            if (what.isPresent()) {
                sink.add(evidence, what.get(), "copies sold", m.group().strip(), amount(m.group(1), m.group(2)), ValueKind.NUMBER);
            }
        }
        album(a, clause, mentions, sink);
        located(a, clause, mentions, sink);
        if ((m = PRESENT_AT.matcher(s)).find()) {
            Optional<MentionIndex.Placed> who = mentions.lastBefore(span.start() + m.start(), clause.sentence().span().start(), WHO);
            if (who.isPresent()) {
                sink.add(evidence, who.get().entity(), "was at", m.group(1), Phrases.normalize(m.group(1)), ValueKind.TEXT);
            }
        }
    }

    /**
     * "Vellacott, a town of about 9,000 people in the Orrin Valley", "Marsh Harbour in the Bahamas": the first
     * place lies inside the second. The story-level step uses these to tell a more precise place from a
     * different one.
     */
    private static void located(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        List<MentionIndex.Placed> places = mentions.within(clause.span(), Set.of(EntityType.LOCATION));
        for (int i = 0; i + 1 < places.size(); i++) {
            MentionIndex.Placed inner = places.get(i);
            MentionIndex.Placed outer = places.get(i + 1);
            if (outer.span().start() < inner.span().end()) {
                continue; // a name inside a description of a place ("the Larkspur textile mill")
            }
            String between = text.substring(inner.span().end(), outer.span().start());
            if (inner.entity() != outer.entity()
                    && (INSIDE_APPOSITION.matcher(between).matches() || INSIDE.matcher(between).matches())) {
                sink.add(clause.sentence().span(), inner.entity(), "located in", outer.mention().text(), outer.entity().name(), ValueKind.PLACE);
            }
        }
    }

    /** A friendship is one fact whichever friend an outlet names first: the subject is the first by name. */
    private static void friends(ClaimSink sink, Span evidence, Entity a, Entity b) {
        Entity first = a.name().compareTo(b.name()) <= 0 ? a : b;
        Entity second = first == a ? b : a;
        sink.add(evidence, first, "friends with", second.name(), second.name(), ValueKind.ENTITY);
    }

    /** "X starred in Y", "Y (…) starred X and Z": each person named, with the work nearest in the sentence. */
    private static void starred(AnnotatedArticle a, Clause clause, int start, int end, MentionIndex mentions, ClaimSink sink) {
        Optional<Entity> work = work(a, clause, mentions);
        if (work.isEmpty()) {
            return;
        }
        Span evidence = clause.sentence().span();
        List<MentionIndex.Placed> after = mentions.within(new Span(end, clause.span().end()), PEOPLE);
        List<MentionIndex.Placed> cast = after.isEmpty()
                ? mentions.lastBefore(start, clause.span().start(), PEOPLE).stream().toList()
                : after;
        for (MentionIndex.Placed p : cast) {
            sink.add(evidence, p.entity(), "starred in", work.get().name(), work.get().name(), ValueKind.ENTITY);
        }
    }

    /** "Hero was released as part of Iglesias's English language album, Escape." */
    private static void album(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        for (MentionIndex.Placed p : mentions.within(clause.span(), WHO)) {
            String before = text.substring(clause.span().start(), p.span().start());
            if (ALBUM.matcher(before).find()) {
                Optional<MentionIndex.Placed> song = mentions.lastBefore(p.span().start(), clause.sentence().span().start(), WORKS);
                song.filter(s -> s.entity() != p.entity()).ifPresent(s ->
                        sink.add(clause.sentence().span(), s.entity(), "on album", p.entity().name(), p.entity().name(), ValueKind.ENTITY));
                return;
            }
        }
    }

    /** The work a clause is about: a work mentioned in its sentence, else in the sentence before. */
    private static Optional<Entity> work(AnnotatedArticle a, Clause clause, MentionIndex mentions) {
        Optional<MentionIndex.Placed> inSentence = mentions.within(clause.sentence().span(), Set.of(EntityType.WORK)).stream().findFirst();
        if (inSentence.isPresent()) {
            return inSentence.map(MentionIndex.Placed::entity);
        }
        int index = a.sentences().indexOf(clause.sentence());
        if (index > 0) {
            Span previous = a.sentences().get(index - 1).span();
            return mentions.within(previous, Set.of(EntityType.WORK)).stream().findFirst().map(MentionIndex.Placed::entity);
        }
        return Optional.empty();
    }

    /** "8 million" → "8000000"; "1.5 million" → "1500000". */
    static String amount(String number, String scale) {
        double value = Double.parseDouble(number.replace(",", ""));
        if (scale != null) {
            value *= switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                default -> 1e9;
            };
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
