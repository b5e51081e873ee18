package org.corroborate.engine.annotate.entity;

import java.util.Map;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.MentionKind;

/**
 * How strongly an entity is in the reader's mind at a pronoun: the salience model of Lappin and Leass ("An
 * Algorithm for Pronominal Anaphora Resolution", 1994), where every earlier mention adds a weight for being
 * recent and for its grammatical role, halved for every sentence back, and taking the role the pronoun has
 * (parallelism) adds more; extended with the cues knowledge-poor resolvers add (Mitkov 1998): the subject of
 * the pronoun's own clause for a possessive, the main subject of the sentence before for a subject, the
 * nearest candidate, how often and how early the entity was named.
 *
 * <p>The filters before the weighing are the agreement and binding constraints: gender, number and animacy
 * must agree, a pronoun that is an object cannot mean its own clause's subject, a reflexive means nothing else.
 *
 * <p>Stateless; thread-safe.
 */
final class Salience {

    static final int WINDOW = 4;
    static final double DECAY = 0.5;
    static final double RECENCY = 100;
    static final double OTHER_QUOTATION = 0.5;

    /** The cues a candidate is weighed by; see {@link #features}. Their weights are {@link PronounWeights}. */
    enum Feature {
        SAME_SENTENCE, PREVIOUS_SENTENCE, TWO_BACK, FURTHER_BACK,
        SUBJECT, OBJECT, OBLIQUE, POSSESSOR, OTHER_ROLE,
        SAME_CLAUSE, MAIN_SUBJECT, PARALLEL, CLAUSE_SUBJECT_OF_POSSESSIVE, SUBJECT_CONTINUES,
        LOG_MENTIONS, FIRST_PERSON_NAMED, MOST_MENTIONED, NEAREST, LOG_DISTANCE, OTHER_QUOTE, CATAPHOR,
        IN_FRONTED, IN_SUBORDINATE, BY_NAME, BY_PRONOUN, LAPPIN_LEASS, GENDER_KNOWN,
        POSSESSIVE_NEAREST, OBJECT_SAME_SENTENCE, SUBJECT_PREVIOUS_MAIN,
        SUBJECT_AFTER_SUBJECT, SUBJECT_AFTER_OBJECT, SUBJECT_AFTER_OBLIQUE, SUBJECT_AFTER_POSSESSOR,
        OBJECT_AFTER_SUBJECT, OBJECT_AFTER_OBJECT, OBJECT_AFTER_OBLIQUE, OBJECT_AFTER_POSSESSOR,
        POSSESSIVE_AFTER_SUBJECT, POSSESSIVE_AFTER_OBJECT, POSSESSIVE_AFTER_OBLIQUE, POSSESSIVE_AFTER_POSSESSOR,
        SUBJECT_SAME_SENTENCE, POSSESSIVE_SAME_SENTENCE, LOG_INTERVENING, SAME_QUOTE, MOST_NAMED, LOG_NAMES,
        OPENS_TEXT, POSSESSIVE_CLAUSE_OBJECT, LEAN_AGREES, LEAN_CLASHES
    }

    /** Where the attention cues ({@link PronounAttention}) start, after the named ones. */
    static final int ATTENTION = Feature.values().length;
    static final int FEATURES = ATTENTION + PronounAttention.CUES;

    private Salience() {
    }

    /** What the candidates of one pronoun share: who is nearest, most mentioned, named first. */
    record Field(Site pronoun, Group nearest, Group mostMentioned, Group firstPerson, Group cataphor, Group mostNamed,
            Map<Group, Integer> intervening) {

        int intervening(Group g) {
            return intervening.getOrDefault(g, 0);
        }
    }

    /** The cues for candidate {@code g} of {@code field}'s pronoun; {@code last} is g's latest mention before it. */
    static double[] features(Group g, Site last, Field field, Resolution r) {
        double[] f = new double[FEATURES];
        Site p = field.pronoun();
        if (g == field.cataphor()) {
            f[Feature.CATAPHOR.ordinal()] = 1;
        }
        if (g.statedGender() == Gender.UNKNOWN && g.lean() != Gender.UNKNOWN) {
            put(f, g.lean() == p.gender ? Feature.LEAN_AGREES : Feature.LEAN_CLASHES);
        }
        if (last == null) {
            return f;
        }
        int back = r.sentence(p) - last.sentence;
        put(f, back == 0 ? Feature.SAME_SENTENCE : back == 1 ? Feature.PREVIOUS_SENTENCE : back == 2 ? Feature.TWO_BACK
                : Feature.FURTHER_BACK);
        put(f, switch (last.role) {
            case SUBJECT -> Feature.SUBJECT;
            case OBJECT -> Feature.OBJECT;
            case OBLIQUE -> Feature.OBLIQUE;
            case POSSESSOR -> Feature.POSSESSOR;
            default -> Feature.OTHER_ROLE;
        });
        Pronouns.Case c = p.form.map(Pronouns.Form::grammaticalCase).orElse(Pronouns.Case.SUBJECT);
        boolean sameClause = last.clause == p.clause;
        if (sameClause) {
            put(f, Feature.SAME_CLAUSE);
        }
        boolean mainSubject = r.isMainSubject(last);
        if (mainSubject) {
            put(f, Feature.MAIN_SUBJECT);
        }
        if (last.role == p.role && (last.role == Role.SUBJECT || last.role == Role.OBJECT)) {
            put(f, Feature.PARALLEL);
        }
        if (c == Pronouns.Case.POSSESSIVE && g.sites.stream().anyMatch(m -> m.clause == p.clause && m.role == Role.SUBJECT
                && r.position(m) < r.position(p))) {
            put(f, Feature.CLAUSE_SUBJECT_OF_POSSESSIVE);
        }
        if (c == Pronouns.Case.SUBJECT && g.sites.stream().anyMatch(m -> r.isMainSubject(m) && r.position(m) < r.position(p)
                && r.sentence(p) - m.sentence <= 1)) {
            put(f, Feature.SUBJECT_CONTINUES);
        }
        if (c == Pronouns.Case.SUBJECT && back == 1 && mainSubject) {
            put(f, Feature.SUBJECT_PREVIOUS_MAIN);
        }
        int count = 0;
        for (Site m : g.sites) {
            if (r.position(m) < r.position(p) && !m.silent) {
                count++;
            }
        }
        f[Feature.LOG_MENTIONS.ordinal()] = Math.log1p(count);
        if (g == field.firstPerson()) {
            put(f, Feature.FIRST_PERSON_NAMED);
        }
        if (g == field.mostMentioned()) {
            put(f, Feature.MOST_MENTIONED);
        }
        if (g == field.nearest()) {
            put(f, Feature.NEAREST);
            if (c == Pronouns.Case.POSSESSIVE) {
                put(f, Feature.POSSESSIVE_NEAREST);
            }
        }
        f[Feature.LOG_DISTANCE.ordinal()] = Math.log1p(Math.max(0, p.head - last.head));
        if (last.quote >= 0 && last.quote != p.quote) {
            put(f, Feature.OTHER_QUOTE);
        }
        if (last.fronted) {
            put(f, Feature.IN_FRONTED);
        }
        if (!mainSubject && last.clause != r.firstClause(last.sentence)) {
            put(f, Feature.IN_SUBORDINATE);
        }
        if (last.kind == MentionKind.NAME) {
            put(f, Feature.BY_NAME);
        } else if (last.kind == MentionKind.PRONOUN) {
            put(f, Feature.BY_PRONOUN);
        }
        f[Feature.LAPPIN_LEASS.ordinal()] = lappinLeass(g, p, r) / 100;
        if (g.gender() == p.gender && p.gender != Gender.UNKNOWN) {
            put(f, Feature.GENDER_KNOWN);
        }
        if (c == Pronouns.Case.OBJECT && back == 0) {
            put(f, Feature.OBJECT_SAME_SENTENCE);
        }
        int role = switch (last.role) {
            case SUBJECT -> 0;
            case OBJECT -> 1;
            case OBLIQUE -> 2;
            case POSSESSOR -> 3;
            default -> -1;
        };
        int kase = switch (c) {
            case SUBJECT -> 0;
            case OBJECT -> 1;
            case POSSESSIVE -> 2;
            default -> -1;
        };
        if (role >= 0 && kase >= 0) {
            f[Feature.SUBJECT_AFTER_SUBJECT.ordinal() + 4 * kase + role] = 1;
        }
        if (back == 0 && c == Pronouns.Case.SUBJECT) {
            put(f, Feature.SUBJECT_SAME_SENTENCE);
        }
        if (back == 0 && c == Pronouns.Case.POSSESSIVE) {
            put(f, Feature.POSSESSIVE_SAME_SENTENCE);
        }
        f[Feature.LOG_INTERVENING.ordinal()] = Math.log1p(field.intervening(g));
        if (last.quote >= 0 && last.quote == p.quote) {
            put(f, Feature.SAME_QUOTE);
        }
        if (g == field.mostNamed()) {
            put(f, Feature.MOST_NAMED);
        }
        f[Feature.LOG_NAMES.ordinal()] = Math.log1p(g.sites.stream().filter(m -> m.kind == MentionKind.NAME).count());
        if (g.sites.get(0).sentence == 0 && g.sites.get(0).role == Role.SUBJECT) {
            put(f, Feature.OPENS_TEXT);
        }
        if (c == Pronouns.Case.POSSESSIVE && sameClause && last.role == Role.OBJECT) {
            put(f, Feature.POSSESSIVE_CLAUSE_OBJECT);
        }
        return f;
    }

    private static void put(double[] f, Feature feature) {
        f[feature.ordinal()] = 1;
    }

    /**
     * Lappin and Leass's salience: per sentence, the weight of the entity's strongest mention there (recency
     * plus role), halved for each sentence back, summed over the sentences in reach.
     */
    static double lappinLeass(Group g, Site anaphor, Resolution r) {
        double score = 0;
        int sentence = -1;
        double best = 0;
        for (Site m : g.sites) {
            if (r.position(m) >= r.position(anaphor) || m.kind == MentionKind.NOMINAL && m.anchor >= 0) {
                continue;
            }
            int back = r.sentence(anaphor) - m.sentence;
            if (back > WINDOW) {
                continue;
            }
            double w = RECENCY + roleWeight(m.role);
            if (m.quote >= 0 && m.quote != anaphor.quote) {
                w *= OTHER_QUOTATION;
            }
            w *= Math.pow(DECAY, back);
            if (m.sentence != sentence) {
                score += best;
                best = 0;
                sentence = m.sentence;
            }
            best = Math.max(best, w);
        }
        return score + best;
    }

    static double roleWeight(Role role) {
        return switch (role) {
            case SUBJECT -> 80;
            case OBJECT -> 50;
            case OBLIQUE -> 40;
            case POSSESSOR -> 30;
            default -> 20;
        };
    }

    /** Whether a third-person pronoun can mean {@code g} at all. */
    static boolean agrees(Site pronoun, Group g) {
        Gender want = pronoun.gender;
        Gender has = g.gender();
        EntityType type = g.type();
        if (pronoun.plural) {
            return g.isPlural() || type == EntityType.ORGANIZATION;
        }
        if (g.isPlural()) {
            return false;
        }
        if (want == Gender.NEUTER) {
            return has == Gender.UNKNOWN && type != EntityType.PERSON;
        }
        if (has != Gender.UNKNOWN && has != want) {
            return false;
        }
        return type == EntityType.PERSON || has == want;
    }

    /** Binding: an object pronoun does not mean its clause's subject; a reflexive means nothing else. */
    static boolean bound(Site pronoun, Group g, Resolution r) {
        Pronouns.Case c = pronoun.form.map(Pronouns.Form::grammaticalCase).orElse(Pronouns.Case.SUBJECT);
        boolean clauseSubject = g.sites.stream().anyMatch(m -> m.clause == pronoun.clause && m.role == Role.SUBJECT
                && r.position(m) < r.position(pronoun));
        return switch (c) {
            case OBJECT -> !clauseSubject;
            case REFLEXIVE -> clauseSubject;
            default -> true;
        };
    }
}
