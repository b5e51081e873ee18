package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;

/**
 * Titled works a passage names: entities of type {@code WORK} (or the tagger's miscellaneous names), titles in
 * quotation marks ("Hero", “Rock the Boat”: title case, at most seven words), and a capitalised name next to the
 * kind of work ("the music video Hero", "in Hero music video"), and, once the article has named a work so, every
 * other place its title stands as a capitalised word ("Hero was released as part of …"). Names drop the kind
 * ("Hero music" is "Hero"), so that outlets' wordings of one work compare equal. Built per article; not shared
 * between threads.
 */
final class Works {

    private static final String KIND = "(?:music video|video|song|single|album|record|film|movie|series|show|novel|book|play|documentary|drama)";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,60}?)\"|“([^“”\\n]{1,60}?)”|‘([^‘’\\n]{1,60}?)’");
    private static final Pattern AFTER_KIND = Pattern.compile("(?i:\\b" + KIND + ")\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s?){1,4})");
    private static final Pattern BEFORE_KIND = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}'’-]*\\s){1,4})(?i:" + KIND + ")\\b");
    private static final Pattern KIND_AHEAD = Pattern.compile("(?i)^['’]?s?\\s+(?:music\\s+)?" + KIND + "\\b");
    private static final Pattern TRAILING_KIND = Pattern.compile("(?i)\\s+(?:music|" + KIND + ")$");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and", "with", "at", "by", "or", "from");
    private static final Set<EntityType> WORK_TYPES = Set.of(EntityType.WORK, EntityType.OTHER);

    /** A work and where the passage names it. */
    record Work(String name, Span span) {
    }

    private final AnnotatedArticle a;
    private final MentionIndex mentions;
    /** The titles the article gives works in quotation marks or next to their kind, longest first. */
    private final List<String> known = new ArrayList<>();

    Works(AnnotatedArticle a, MentionIndex mentions) {
        this.a = a;
        this.mentions = mentions;
        for (Sentence s : a.sentences()) {
            for (Work w : marked(s.span())) {
                if (!known.contains(w.name()) && w.name().length() > 1) {
                    known.add(w.name());
                }
            }
        }
        known.sort(Comparator.comparing(String::length).reversed());
    }

    /** The works named inside {@code range}, in text order. */
    List<Work> in(Span range) {
        List<Work> found = new ArrayList<>(marked(range));
        String s = range.of(a.article().text());
        for (String title : known) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])").matcher(s);
            while (m.find()) {
                found.add(new Work(title, new Span(range.start() + m.start(), range.start() + m.end())));
            }
        }
        return distinct(found);
    }

    /** The works the article marks as works inside {@code range}: by type, quotation marks or kind. */
    private List<Work> marked(Span range) {
        String text = a.article().text();
        String s = range.of(text);
        List<Work> found = new ArrayList<>();
        for (MentionIndex.Placed p : mentions.within(range, WORK_TYPES)) {
            if (p.entity().mentions().stream().noneMatch(m -> m.kind() == MentionKind.NAME)) {
                continue; // "the video" the resolver could not tie to a title names no work
            }
            // The tagger's miscellaneous names are languages and nationalities as often as works: only one the
            // text calls a work ("Hero music video") counts.
            String after = text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 20));
            boolean called = !name(p.entity().name()).equals(p.entity().name()) || KIND_AHEAD.matcher(after).lookingAt()
                    || p.span().start() > 0 && "\"“‘".indexOf(text.charAt(p.span().start() - 1)) >= 0;
            if (p.entity().type() == EntityType.WORK || called) {
                found.add(new Work(name(p.entity().name()), p.span()));
            }
        }
        Matcher m = QUOTED.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String title = m.group(g).strip().replaceFirst("[,.]$", "");
            if (title.split("\\s+").length <= 7 && isTitleCase(title)) {
                int start = range.start() + m.start(g) + (m.group(g).length() - m.group(g).stripLeading().length());
                found.add(new Work(title, new Span(start, start + title.length())));
            }
        }
        for (Pattern p : List.of(AFTER_KIND, BEFORE_KIND)) {
            m = p.matcher(s);
            while (m.find()) {
                String title = m.group(1).strip();
                int start = range.start() + m.start(1);
                if (!title.isEmpty() && !SMALL_WORDS.contains(title.toLowerCase(Locale.ROOT)) && mentions.within(new Span(start, start + title.length()),
                        Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)).isEmpty()) {
                    found.add(new Work(name(title), new Span(start, start + title.length())));
                }
            }
        }
        return distinct(found);
    }

    private static List<Work> distinct(List<Work> found) {
        found.sort(Comparator.comparing(Work::span));
        List<Work> distinct = new ArrayList<>();
        for (Work w : found) {
            if (distinct.stream().noneMatch(d -> d.span().overlaps(w.span()))) {
                distinct.add(w);
            }
        }
        return distinct;
    }

    /** The first work named in {@code range}, if any. */
    Optional<Work> first(Span range) {
        return in(range).stream().findFirst();
    }

    /** A work's name without the kind of work trailing it: "Hero music video" is "Hero". */
    static String name(String title) {
        String name = title.strip();
        for (String shorter = TRAILING_KIND.matcher(name).replaceFirst(""); !shorter.equals(name) && !shorter.isBlank();
                shorter = TRAILING_KIND.matcher(name).replaceFirst("")) {
            name = shorter;
        }
        return name;
    }

    /** Every word capitalised but the small ones, and the first word capitalised: "We Need a Resolution". */
    private static boolean isTitleCase(String title) {
        String[] words = title.split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))
                    && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
