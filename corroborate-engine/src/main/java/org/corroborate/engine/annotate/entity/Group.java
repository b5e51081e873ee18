package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.MentionKind;

/**
 * One entity while the resolver builds it: its sites so far and what they say of it (names, gender, type,
 * descriptions). Working state of one resolution, used by one thread.
 */
final class Group {

    /** The type vote of a description anchored to a name: more than the votes of a handful of tagged names. */
    static final int ANCHORED_VOTE = 12;

    final List<Site> sites = new ArrayList<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> nameWords = new LinkedHashSet<>();
    final Set<String> descriptions = new LinkedHashSet<>();
    /** The head nouns of its descriptions, lower case: "actress", "singer". */
    final Set<String> roles = new LinkedHashSet<>();
    /** The other words of its descriptions, lower case: "r&b", "ghost", "whisperer". */
    final Set<String> descriptionWords = new LinkedHashSet<>();
    private final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
    private final Map<Gender, Integer> genderVotes = new EnumMap<>(Gender.class);
    private final Map<Gender, Integer> leanVotes = new EnumMap<>(Gender.class);
    /** The gender votes of its names and descriptions only: what the text says, not what resolution decided. */
    private final Map<Gender, Integer> namedGenderVotes = new EnumMap<>(Gender.class);
    private String name = "";
    private int nameWordCount;
    private String firstNominal = "";
    /** What {@link #type}, {@link #gender} and {@link #isPlural} last worked out; null after a new site. */
    private EntityType type;
    private Gender gender;
    private Boolean plural;

    void add(Site site, String text) {
        sites.add(site);
        type = null;
        gender = null;
        plural = null;
        String at = site.span.of(text);
        switch (site.kind) {
            case NAME -> {
                String n = NameForms.clean(at);
                names.add(n.toLowerCase(Locale.ROOT));
                List<String> words = NameForms.words(n);
                nameWords.addAll(words);
                // The fullest name, and of two as full the longer, or the one not in a dateline's capitals.
                if (words.size() > nameWordCount || words.size() == nameWordCount && (n.length() > name.length()
                        || n.length() == name.length() && isCapitals(name) && !isCapitals(n))) {
                    name = n;
                    nameWordCount = words.size();
                }
                typeVotes.merge(site.type, site.type == EntityType.OTHER ? 1 : 2, Integer::sum);
                vote(site.gender, 3);
                if (site.lean == Gender.MALE || site.lean == Gender.FEMALE) {
                    leanVotes.merge(site.lean, 1, Integer::sum);
                }
            }
            case NOMINAL -> {
                if (firstNominal.isEmpty()) {
                    firstNominal = at;
                }
                if (!site.description.isEmpty()) {
                    descriptions.add(site.description);
                }
                roles.add(site.headWord);
                descriptionWords.addAll(site.modifiers);
                // What an apposition or predicate calls a name ("Vellacott, a town of 9,000") outweighs the tagger's
                // guesses at an unfamiliar name, which are often PERSON for any single capitalised word.
                typeVotes.merge(site.type, site.anchor >= 0 ? ANCHORED_VOTE : 1, Integer::sum);
                vote(site.gender, 2);
            }
            case PRONOUN -> {
                vote(site.gender, 1);
                if (site.gender == Gender.MALE || site.gender == Gender.FEMALE) {
                    typeVotes.merge(EntityType.PERSON, 1, Integer::sum);
                }
            }
        }
    }

    private static boolean isCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    private void vote(Gender g, int weight) {
        if (g == Gender.MALE || g == Gender.FEMALE) {
            genderVotes.merge(g, weight, Integer::sum);
            if (weight > 1) {
                namedGenderVotes.merge(g, weight, Integer::sum);
            }
        }
    }

    boolean isNamed() {
        return !name.isEmpty();
    }

    /** The fullest name used, else the first description. */
    String name() {
        return isNamed() ? name : firstNominal.isEmpty() ? sites.get(0).span.toString() : firstNominal;
    }

    /** The type most of its mentions give it; a work stays a work. */
    EntityType type() {
        if (type == null) {
            type = votedType();
        }
        return type;
    }

    private EntityType votedType() {
        if (typeVotes.containsKey(EntityType.WORK) && typeVotes.get(EntityType.WORK) >= 2) {
            return EntityType.WORK;
        }
        return EntityType.mostVoted(typeVotes);
    }

    Gender gender() {
        if (gender == null) {
            gender = voted(genderVotes);
        }
        return gender;
    }

    /**
     * The gender its names and descriptions show ("Mrs Hale", "the actress"), leaving out what the pronouns joined
     * to it say; for a group of pronouns alone, theirs.
     */
    Gender statedGender() {
        boolean named = sites.stream().anyMatch(s -> s.kind != MentionKind.PRONOUN);
        return named ? voted(namedGenderVotes) : gender();
    }

    private static Gender voted(Map<Gender, Integer> votes) {
        int f = votes.getOrDefault(Gender.FEMALE, 0);
        int m = votes.getOrDefault(Gender.MALE, 0);
        return f > m ? Gender.FEMALE : m > f ? Gender.MALE : Gender.UNKNOWN;
    }

    /** The gender its one-word names lean to as given names ("Natasha"); unknown when none or both. */
    Gender lean() {
        return voted(leanVotes);
    }

    boolean isPlural() {
        if (plural == null) {
            plural = sites.stream().anyMatch(s -> s.plural && s.kind != MentionKind.PRONOUN);
        }
        return plural;
    }

    Site last() {
        return sites.get(sites.size() - 1);
    }
}
