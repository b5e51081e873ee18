package org.corroborate.engine.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.Token;

/**
 * The story's entities looked up by any name or description an outlet used for them, so that a claim or a
 * credit an article words only as a description ("the local fire chief", "the innovative R&B star") still finds
 * the named entity it stands for.
 *
 * <p>A description matches an entity when one of the entity's names or aliases holds the description's last word
 * (what it is: "chief", "star") and at least half of its words ("Vellacott Fire Chief Lorcan Maddox" holds
 * "fire" and "chief" of "the local fire chief"), and no other entity of the story matches as well. Built per
 * story; not shared between threads.
 */
final class StoryNames {

    private static final int MAX_TITLE_WORDS = 4;
    private static final Pattern APPOSITION = Pattern.compile("(?U)^,\\s+((?:a|an|the|his|her|their)\\s+[^,.;()]{3,60}?)(?=\\s*[,.;]|\\s+who\\b)");

    private final Map<String, StoryEntity> byName = new LinkedHashMap<>();
    private final List<StoryEntity> entities;
    /** Titles and appositions articles give each entity, by story name: "Fire Chief", "a loom operator". */
    private final Map<String, Set<String>> titles;

    StoryNames(List<StoryEntity> entities) {
        this(entities, Map.of());
    }

    StoryNames(List<StoryEntity> entities, Map<String, Set<String>> titles) {
        this.entities = List.copyOf(entities);
        this.titles = titles;
        for (StoryEntity e : entities) {
            byName.putIfAbsent(Names.fold(e.name()), e);
        }
        for (StoryEntity e : entities) {
            for (String alias : e.aliases()) {
                byName.putIfAbsent(Names.fold(alias), e);
            }
        }
    }

    /**
     * The titles and appositions the articles give their people, by story name: the role words before a name
     * ("Vellacott Fire Chief Lorcan Maddox", "Oscar-winning director Tobiah Wrenfield") and a description set off
     * after it ("Tomasz Ilori, a loom operator who …"), so that "the chief" or "the loom operator" later in an
     * article finds the person.
     */
    static Map<String, Set<String>> titles(List<ArticleFacts> articles, EntityMerger.Merged merged) {
        Map<String, Set<String>> titles = new HashMap<>();
        for (ArticleFacts a : articles) {
            String text = a.article().text();
            List<Token> tokens = a.annotated().tokens();
            for (Entity e : a.annotated().entities()) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                String name = merged.names().getOrDefault(a.article().id() + "/" + e.id(), e.name());
                for (Mention m : e.mentions()) {
                    if (m.kind() != MentionKind.NAME) {
                        continue;
                    }
                    int k = firstTokenAt(tokens, m.span().start());
                    int from = k;
                    while (from > 0 && k - from < MAX_TITLE_WORDS && isTitleWord(tokens.get(from - 1))) {
                        from--;
                    }
                    if (from < k) {
                        titles.computeIfAbsent(name, n -> new LinkedHashSet<>())
                                .add(text.substring(tokens.get(from).span().start(), tokens.get(k - 1).span().end()));
                    }
                    Matcher after = APPOSITION.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 80)));
                    if (after.find()) {
                        titles.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(after.group(1));
                    }
                }
            }
        }
        return titles;
    }

    private static boolean isTitleWord(Token t) {
        return (t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("VBG") && t.text().contains("-"))
                && !t.isNamed() && Character.isLetter(t.text().charAt(0));
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The story entity named exactly so (after folding), if any. */
    Optional<StoryEntity> named(String name) {
        return Optional.ofNullable(byName.get(Names.fold(name)));
    }

    /** The one story entity of one of {@code types} that {@code description} fits, if exactly one does. */
    Optional<StoryEntity> described(String description, Set<EntityType> types) {
        Set<String> words = Names.words(description);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String head = Names.head(description);
        List<StoryEntity> fits = new ArrayList<>();
        double best = 0;
        for (StoryEntity e : entities) {
            if (!types.contains(e.type())) {
                continue;
            }
            double score = 0;
            for (String alias : names(e)) {
                Set<String> aliasWords = Names.words(alias);
                if (!aliasWords.contains(head)) {
                    continue;
                }
                long shared = words.stream().filter(aliasWords::contains).count();
                score = Math.max(score, (double) shared / words.size());
            }
            if (score >= 0.5 && score > best) {
                best = score;
                fits.clear();
                fits.add(e);
            } else if (score >= 0.5 && score == best) {
                fits.add(e);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The named entity a name or description stands for: exactly named, else described. */
    Optional<StoryEntity> resolve(String nameOrDescription, Set<EntityType> types) {
        Optional<StoryEntity> exact = named(nameOrDescription);
        if (exact.isPresent()) {
            return exact;
        }
        return Names.isDescription(nameOrDescription) || Character.isLowerCase(nameOrDescription.strip().charAt(0))
                ? described(nameOrDescription, types) : Optional.empty();
    }

    private List<String> names(StoryEntity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        all.addAll(titles.getOrDefault(e.name(), Set.of()));
        return all;
    }

    List<StoryEntity> entities() {
        return entities;
    }
}
