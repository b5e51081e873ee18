package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;

/**
 * Claims about relations and quantities that news states without an event verb: friendships ("X and Y were
 * close friends", "his close friend Y", "X shared a close friendship with Y"), roles in a work ("… which also
 * starred X and Y", "X, who starred alongside Y in W"), ages ("X was only 22 years old", "the 34-year-old X",
 * "Kettering, 61,"), sales ("selling over 8 million copies"), a work's album ("released as part of the album
 * Escape"), presence at an event ("X was pictured at the party in 1999") and one place inside another
 * ("Vellacott, a town in the Orrin Valley").
 */
final class RelationClaims {

    private static final Set<EntityType> PEOPLE = Set.of(EntityType.PERSON);
    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK, EntityType.OTHER);

    private static final Pattern FRIENDS = Pattern.compile("(?i)\\b(?:were|are|had been|have been|became|remained)\\s+"
            + "(?:very\\s+|really\\s+)?(?:close|good|best|old|longtime|long-time|great)?\\s*friends\\b");
    private static final Pattern FRIEND_OF = Pattern.compile("(?i)\\b(?:close|good|best|old|longtime|long-time)?\\s*friend(?:ship with)?\\b");
    private static final Pattern STARRED = Pattern.compile("(?i)\\b(?:starred|starring|co-starred|featured|featuring|stars)\\b");
    private static final Pattern ALONGSIDE = Pattern.compile("(?i)^\\s*(?:alongside|opposite|with)\\b");
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(?:was|is|were|are)\\s+(?:only|just|about|nearly|almost)?\\s*(\\d{1,3})\\s*(?:years?|yrs?)[- ]old\\b|\\b(\\d{1,3})-year-old\\b");
    /** "Kettering, 61, was arrested": an age in commas right after a person's name. */
    private static final Pattern AGE_APPOSITION = Pattern.compile("^,\\s*(\\d{1,3}),");
    private static final Pattern AS_AN = Pattern.compile("(?i)\\bas an?\\s+$");
    private static final Pattern SOLD = Pattern.compile("(?i)\\b(?:sold|selling|sells|shifted|moved)\\s+(?:over|more than|nearly|about|almost|some)?\\s*"
            + "(\\d[\\d.,]*)\\s*(million|thousand|billion)?\\s+(?:copies|units|records|albums|tickets)\\b");
    private static final Pattern ALBUM = Pattern.compile("(?i)\\b(?:album|record|LP|EP),?\\s+$");
    private static final Pattern PRESENT_AT = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:pictured|photographed|seen|spotted)\\s+at\\s+((?:his|her|their|the|a)\\s+[^,.;]{3,60}?"
                    + "(?:\\s+in\\s+\\d{4})?)(?=\\s+(?:on|during|last)\\b|[,.;]|$)");
    private static final String PLACE_KIND = "(?:town|city|village|suburb|district|neighbou?rhood|county|province|state|"
            + "region|island|port|community|hamlet|municipality|borough|valley|area)";
    /** "X, a town of about 9,000 people in the Y": the words between two places that put the first inside the second. */
    private static final Pattern INSIDE_APPOSITION = Pattern.compile(
            "(?i)^,\\s+(?:a|an|the)\\s+[^,.;]{0,40}?\\b" + PLACE_KIND + "\\b[^.;]{0,40}?\\b(?:in|on|of)\\s+(?:the\\s+)?$");
    private static final Pattern INSIDE = Pattern.compile("(?i)^\\s+in\\s+(?:the\\s+)?$");
    private static final int MAX_AGE = 110;

    void extract(AnnotatedArticle a, Clause clause, MentionIndex mentions, Works works, ClaimSink sink) {
        String text = a.article().text();
        Span span = clause.span();
        String s = span.of(text);
        Matcher m;
        if ((m = FRIENDS.matcher(s)).find()) {
            List<MentionIndex.Placed> people = mentions.within(new Span(clause.sentence().span().start(), span.start() + m.start()), PEOPLE);
            if (people.size() >= 2) {
                friends(sink, clause, at(span, m), people.get(people.size() - 2).entity(), people.get(people.size() - 1).entity());
            }
        } else if ((m = FRIEND_OF.matcher(s)).find()) {
            int at = span.start() + m.start();
            Optional<MentionIndex.Placed> owner = mentions.lastBefore(at, Math.max(span.start(), at - 40), PEOPLE);
            Optional<MentionIndex.Placed> friend = mentions.firstAfter(span.start() + m.end(), Math.min(span.end(), span.start() + m.end() + 40), PEOPLE);
            if (owner.isPresent() && friend.isPresent() && owner.get().entity() != friend.get().entity()) {
                friends(sink, clause, at(span, m), owner.get().entity(), friend.get().entity());
            }
        }
        if ((m = STARRED.matcher(s)).find()) {
            starred(a, clause, span.start() + m.start(), span.start() + m.end(), mentions, works, sink);
        }
        age(a, clause, mentions, sink);
        if ((m = SOLD.matcher(s)).find()) {
            Optional<Works.Work> what = work(a, clause, works, span.start() + m.start(), null);
            if (what.isPresent()) {
                sink.add(clause, at(span, m), what.get().name(), "copies sold", m.group().strip(), amount(m.group(1), m.group(2)), ValueKind.NUMBER);
            }
        }
        album(a, clause, mentions, works, sink);
        located(a, clause, mentions, sink);
        if ((m = PRESENT_AT.matcher(s)).find()) {
            Optional<MentionIndex.Placed> who = mentions.lastBefore(span.start() + m.start(), clause.sentence().span().start(), WHO);
            if (who.isPresent()) {
                sink.add(clause, at(span, m), who.get().entity(), "was at", m.group(1), Phrases.normalize(m.group(1)), ValueKind.TEXT);
            }
        }
    }

    private static Span at(Span range, Matcher m) {
        return new Span(range.start() + m.start(), range.start() + m.end());
    }

    /**
     * Ages: "X was only 22 years old" (the subject before), "the 34-year-old striker Mattias Threlkeld" (the name
     * after, or the description itself when the article names nobody there: "The 62-year-old"), "Kettering, 61,".
     * "as an 18-year-old" is an age at some other time.
     */
    private static void age(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        Span span = clause.span();
        Matcher m = AGE.matcher(span.of(text));
        if (m.find()) {
            Span at = at(span, m);
            String years = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<NounPhrases.Found> who;
            if (m.group(1) != null) {
                int copula = tokenAt(a, clause, at.start());
                who = mentions.lastBefore(at.start(), clause.sentence().span().start(), PEOPLE).map(RelationClaims::found)
                        .or(() -> NounPhrases.subjectBefore(a, mentions, clause.sentence(), copula, false));
            } else if (AS_AN.matcher(text.substring(span.start(), at.start())).find()) {
                who = Optional.empty();
            } else {
                who = holder(a, clause, mentions, at);
            }
            who.ifPresent(p -> sink.add(clause, at, p, "age", m.group().strip(), years, ValueKind.NUMBER));
        }
        for (MentionIndex.Placed p : mentions.within(span, PEOPLE)) {
            if (p.mention().kind() != MentionKind.NAME || p.span().end() >= span.end()) {
                continue;
            }
            Matcher apposition = AGE_APPOSITION.matcher(text.substring(p.span().end(), Math.min(Math.min(text.length(), span.end() + 1), p.span().end() + 8)));
            if (apposition.find() && Integer.parseInt(apposition.group(1)) <= MAX_AGE) {
                Span at = new Span(p.span().end() + apposition.start(1), p.span().end() + apposition.end(1));
                sink.add(clause, at, p.entity(), "age", apposition.group(1), apposition.group(1), ValueKind.NUMBER);
            }
        }
    }

    /** The index of the clause's token starting at {@code offset}, else of the first after it. */
    private static int tokenAt(AnnotatedArticle a, Clause clause, int offset) {
        int k = clause.first();
        while (k < clause.end() && a.tokens().get(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    /** Whose age "the N-year-old" gives: the mention it is part of, a name right after it, else the description. */
    private static Optional<NounPhrases.Found> holder(AnnotatedArticle a, Clause clause, MentionIndex mentions, Span at) {
        for (MentionIndex.Placed p : mentions.within(clause.sentence().span(), PEOPLE)) {
            if (p.span().overlaps(at)) {
                return Optional.of(found(p));
            }
        }
        List<Token> tokens = a.tokens();
        int k = clause.first();
        while (k < clause.end() && tokens.get(k).span().end() <= at.start()) {
            k++;
        }
        // Past the role words to the name they introduce: "the 34-year-old (Eastmere) striker Mattias Threlkeld".
        int head = k;
        for (int j = k + 1; j < clause.end() && (tokens.get(j).pos().startsWith("NN") || tokens.get(j).pos().startsWith("JJ")); j++) {
            int start = tokens.get(j).span().start();
            Optional<MentionIndex.Placed> named = mentions.within(clause.span(), PEOPLE).stream()
                    .filter(p -> p.span().start() == start).findFirst();
            if (named.isPresent()) {
                return named.map(RelationClaims::found);
            }
            if (!tokens.get(j).pos().startsWith("NNP")) {
                head = j;
            }
        }
        return k < clause.end() ? NounPhrases.description(a, clause.sentence(), head, false) : Optional.empty();
    }

    private static NounPhrases.Found found(MentionIndex.Placed p) {
        return new NounPhrases.Found(p.span(), p.entity().name(), Optional.of(p.entity()));
    }

    /**
     * "Vellacott, a town of about 9,000 people in the Orrin Valley", "Marsh Harbour in the Bahamas": the first
     * place lies inside the second. The story-level step uses these to tell a more precise place from a
     * different one. After an apposition naming a kind of place the first may be of any type: the tagger often
     * takes a small town for a person.
     */
    private static void located(AnnotatedArticle a, Clause clause, MentionIndex mentions, ClaimSink sink) {
        String text = a.article().text();
        List<MentionIndex.Placed> named = mentions.within(clause.span(), Set.of(EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION))
                .stream().filter(p -> p.mention().kind() == MentionKind.NAME).toList(); // "a town" is no second place
        for (int i = 0; i + 1 < named.size(); i++) {
            MentionIndex.Placed inner = named.get(i);
            MentionIndex.Placed outer = named.get(i + 1);
            if (outer.entity().type() != EntityType.LOCATION || inner.entity().name().equals(outer.entity().name())
                    || outer.span().start() < inner.span().end()) {
                continue; // also a name inside a description of a place ("the Larkspur textile mill")
            }
            String between = text.substring(inner.span().end(), outer.span().start());
            boolean apposition = INSIDE_APPOSITION.matcher(between).matches();
            if (apposition || inner.entity().type() == EntityType.LOCATION && INSIDE.matcher(between).matches()) {
                sink.add(clause, outer.span(), inner.entity().name(), "located in", outer.mention().text(), outer.entity().name(), ValueKind.PLACE);
            }
        }
    }

    /** A friendship is one fact whichever friend an outlet names first: the subject is the first by name. */
    private static void friends(ClaimSink sink, Clause clause, Span at, Entity a, Entity b) {
        Entity first = a.name().compareTo(b.name()) <= 0 ? a : b;
        Entity second = first == a ? b : a;
        sink.add(clause, at, first, "friends with", second.name(), second.name(), ValueKind.ENTITY);
    }

    /**
     * "W (…) starred X and Y": each person named after the verb; "X, who starred alongside Y in W": X, and Y. The
     * work is one named before the verb in the sentence, else in the sentences before ("… in the video, which
     * also featured …"); never one inside the cast ("Iron Man actor Mickey Rourke").
     */
    private static void starred(AnnotatedArticle a, Clause clause, int start, int end, MentionIndex mentions, Works works, ClaimSink sink) {
        String text = a.article().text();
        List<MentionIndex.Placed> after = mentions.within(new Span(end, clause.span().end()), PEOPLE);
        boolean alongside = ALONGSIDE.matcher(text.substring(end, clause.span().end())).find();
        List<MentionIndex.Placed> cast = new ArrayList<>();
        if (after.isEmpty() || alongside) {
            mentions.lastBefore(start, clause.sentence().span().start(), PEOPLE).ifPresent(cast::add);
            if (alongside && !after.isEmpty()) {
                cast.add(after.get(0));
            }
        } else {
            cast.addAll(after);
        }
        Optional<Works.Work> work = work(a, clause, works, start, alongside ? null : new Span(end, clause.span().end()));
        if (work.isEmpty() && alongside) {
            work = works.first(new Span(end, clause.span().end()));
        }
        if (work.isEmpty()) {
            return;
        }
        Span at = new Span(start, end);
        for (MentionIndex.Placed p : cast) {
            if (p.span().overlaps(work.get().span())) {
                continue;
            }
            sink.add(clause, at, p.entity(), "starred in", work.get().name(), work.get().name(), ValueKind.ENTITY);
        }
    }

    /** "Hero was released as part of Iglesias's English language album, Escape." */
    private static void album(AnnotatedArticle a, Clause clause, MentionIndex mentions, Works works, ClaimSink sink) {
        String text = a.article().text();
        for (MentionIndex.Placed p : mentions.within(clause.span(), WHO)) {
            String before = text.substring(clause.span().start(), p.span().start());
            if (ALBUM.matcher(before).find()) {
                Optional<Works.Work> song = work(a, clause, works, p.span().start(), null);
                song.filter(s -> !s.name().equals(p.entity().name())).ifPresent(s ->
                        sink.add(clause, p.span(), s.name(), "on album", p.entity().name(), p.entity().name(), ValueKind.ENTITY));
                return;
            }
        }
    }

    /**
     * The work a clause is about: one named in its sentence before {@code offset}, else (outside {@code not}) in
     * the rest of the sentence, else the last one named in the two sentences before.
     */
    private static Optional<Works.Work> work(AnnotatedArticle a, Clause clause, Works works, int offset, Span not) {
        Span sentence = clause.sentence().span();
        List<Works.Work> before = works.in(new Span(sentence.start(), Math.max(sentence.start(), offset)));
        if (!before.isEmpty()) {
            return Optional.of(before.get(0));
        }
        Optional<Works.Work> rest = works.in(new Span(offset, sentence.end())).stream()
                .filter(w -> not == null || !not.overlaps(w.span())).findFirst();
        if (rest.isPresent()) {
            return rest;
        }
        int index = a.sentences().indexOf(clause.sentence());
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
            List<Works.Work> earlier = works.in(a.sentences().get(i).span());
            if (!earlier.isEmpty()) {
                return Optional.of(earlier.get(earlier.size() - 1));
            }
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
