package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Groups an article's mentions into entities: runs of tokens the tagger gave one class become name mentions;
 * a person's shorter name ("Hewitt") joins the earlier full name it is part of ("Jennifer Love Hewitt");
 * third-person pronouns join the nearest person before them, in the same or the previous sentence, whose
 * gender does not contradict them.
 *
 * <p>Thread-safe: holds no state.
 */
public final class EntityResolver {

    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");

    private static final class Group {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final List<String> nameTokens = new ArrayList<>();
        String name;
        Gender gender = Gender.UNKNOWN;

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    public List<Entity> resolve(String text, List<Sentence> sentences, List<Token> tokens) {
        List<Group> groups = new ArrayList<>();
        Group lastPerson = null;
        int lastPersonSentence = -10;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                Token token = tokens.get(i);
                if (token.isNamed()) {
                    int j = i + 1;
                    while (j < sentence.endToken() && tokens.get(j).ner().equals(token.ner())) {
                        j++;
                    }
                    Span span = new Span(token.span().start(), tokens.get(j - 1).span().end());
                    String name = span.of(text);
                    EntityType type = type(token.ner());
                    Group group = find(groups, type, name);
                    if (group == null) {
                        group = new Group(type, name);
                        groups.add(group);
                    }
                    if (name.length() > group.name.length()) {
                        group.name = name;
                    }
                    for (String part : name.split("\\s+")) {
                        group.nameTokens.add(part);
                    }
                    group.mentions.add(new Mention(span, name, MentionKind.NAME));
                    if (type == EntityType.PERSON) {
                        lastPerson = group;
                        lastPersonSentence = s;
                    }
                    i = j;
                    continue;
                }
                String word = token.text().toLowerCase(Locale.ROOT);
                Gender pronoun = FEMALE.contains(word) ? Gender.FEMALE : MALE.contains(word) ? Gender.MALE : null;
                if (pronoun != null && lastPerson != null && s - lastPersonSentence <= 1
                        && (lastPerson.gender == Gender.UNKNOWN || lastPerson.gender == pronoun)) {
                    lastPerson.gender = pronoun;
                    lastPerson.mentions.add(new Mention(token.span(), token.text(), MentionKind.PRONOUN));
                }
                i++;
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Group g : groups) {
            List<Mention> mentions = new ArrayList<>(g.mentions);
            mentions.sort((a, b) -> a.span().compareTo(b.span()));
            entities.add(new Entity("e" + (entities.size() + 1), g.name, g.type, g.gender, List.of(), mentions));
        }
        return entities;
    }

    /** The group a name belongs to: the same name, or for people a name whose every word the group has used. */
    private static Group find(List<Group> groups, EntityType type, String name) {
        for (Group g : groups) {
            if (g.type != type) {
                continue;
            }
            if (g.name.equalsIgnoreCase(name)) {
                return g;
            }
            if (type == EntityType.PERSON && g.nameTokens.containsAll(List.of(name.split("\\s+")))) {
                return g;
            }
        }
        return null;
    }

    private static EntityType type(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
        };
    }
}
