package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;

/**
 * One article's resolution: names first, each joining the entity whose name it repeats or shortens; then, in
 * reading order, descriptions and pronouns, each joining the most salient entity it can mean (see
 * {@link Salience}). A quotation's speaker named after it ("…," the actress revealed) is resolved before the
 * quotation's words, from what came before the quotation; "I" inside a quotation is its speaker. Used by one
 * thread.
 */
final class Resolution {

    /** A description joins an entity only with at least this salience, or when it repeats one of its roles. */
    static final double NOMINAL_FLOOR = 60;
    static final double ROLE_MATCH = 150;
    static final double WORD_MATCH = 60;
    /** Descriptions reach further back than pronouns: "the actress" two paragraphs on. */
    static final int NOMINAL_WINDOW = 8;
    /** Nouns for people that say little about who they are: no conflict with any other role. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("star", "superstar", "icon", "legend",
            "celebrity", "member", "friend", "man", "woman", "person", "figure", "native", "resident", "winner",
            "veteran", "newcomer", "leader", "pioneer", "artist", "performer", "entertainer", "musician");

    private final String text;
    private final List<Site> sites;
    private final SpeechContext speech;
    private final Group[] groupOf;
    private final double[] position;
    private final List<Group> groups = new ArrayList<>();
    private final int[] mainSubject;
    private final int[] firstClause;

    Resolution(String text, List<Site> sites, SpeechContext speech) {
        this.text = text;
        this.sites = sites;
        this.speech = speech;
        this.groupOf = new Group[sites.size()];
        this.position = new double[sites.size()];
        for (Site s : sites) {
            position[s.index] = s.span.start();
        }
        for (int q = 0; q < speech.quotes().size(); q++) {
            int speaker = speech.speakerOf(q);
            double start = speech.quotes().get(q).span().start();
            if (speaker >= 0 && position[speaker] > start) {
                // The cue after a quotation is read before it: its words are the speaker's.
                position[speaker] = Math.min(position[speaker], start - 0.5);
            }
        }
        for (Site s : sites) {
            if (s.anchor >= 0) {
                position[s.index] = Math.max(position[s.index], position[s.anchor] + 0.25);
            }
        }
        int sentenceCount = sites.isEmpty() ? 0 : sites.get(sites.size() - 1).sentence + 1;
        mainSubject = new int[sentenceCount];
        firstClause = new int[sentenceCount];
        java.util.Arrays.fill(mainSubject, -1);
        java.util.Arrays.fill(firstClause, Integer.MAX_VALUE);
        for (Site s : sites) {
            firstClause[s.sentence] = Math.min(firstClause[s.sentence], s.clause);
            if (mainSubject[s.sentence] < 0 && s.role == Role.SUBJECT && !s.fronted && !s.silent) {
                mainSubject[s.sentence] = s.index;
            }
        }
    }

    double position(Site s) {
        return position[s.index];
    }

    List<Entity> run() {
        for (Site s : sites) {
            if (s.kind == MentionKind.NAME) {
                Group g = byName(s);
                join(g == null ? newGroup() : g, s);
            }
        }
        List<Site> order = new ArrayList<>(sites);
        order.sort(Comparator.comparingDouble(this::position));
        for (Site s : order) {
            if (groupOf[s.index] != null) {
                continue;
            }
            if (s.anchor >= 0 && groupOf[s.anchor] != null) {
                join(groupOf[s.anchor], s);
            } else if (s.kind == MentionKind.NOMINAL) {
                nominal(s);
            } else if (s.kind == MentionKind.PRONOUN) {
                pronoun(s);
            }
        }
        return entities();
    }

    private Group newGroup() {
        Group g = new Group();
        groups.add(g);
        return g;
    }

    private void join(Group g, Site s) {
        groupOf[s.index] = g;
        g.add(s, text);
    }

    /** The entity an earlier name of which this name repeats, shortens or lengthens; the most recent such. */
    private Group byName(Site s) {
        String name = NameForms.clean(s.span.of(text));
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> words = NameForms.words(name);
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if ((g.type() == EntityType.WORK) != (s.type == EntityType.WORK)) {
                continue;
            }
            if (g.names.contains(lower)) {
                return g;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            EntityType type = g.type();
            boolean compatible = type == s.type || type == EntityType.OTHER || s.type == EntityType.OTHER;
            if (!compatible || type == EntityType.WORK || s.type == EntityType.WORK) {
                continue;
            }
            boolean person = type == EntityType.PERSON || s.type == EntityType.PERSON;
            if (person && (g.nameWords.containsAll(words) || words.containsAll(g.nameWords))) {
                return g;
            }
            if (type == EntityType.ORGANIZATION || s.type == EntityType.ORGANIZATION) {
                if (NameForms.isAcronym(name) && g.names.stream().anyMatch(n -> NameForms.initials(original(g, n)).equals(name))) {
                    return g;
                }
                if (words.size() == 1 && !g.nameWords.isEmpty() && g.nameWords.iterator().next().equals(words.get(0))) {
                    return g;
                }
            }
        }
        return null;
    }

    /** A group's name as the text writes it (the group keeps names lower-cased for matching). */
    private String original(Group g, String lower) {
        for (Site s : g.sites) {
            if (s.kind == MentionKind.NAME) {
                String n = NameForms.clean(s.span.of(text));
                if (n.toLowerCase(Locale.ROOT).equals(lower)) {
                    return n;
                }
            }
        }
        return lower;
    }

    private void pronoun(Site p) {
        if (p.isFirstPerson()) {
            int speaker = p.quote >= 0 ? speech.speakerOf(p.quote) : -1;
            if (speaker >= 0 && groupOf[speaker] != null) {
                join(groupOf[speaker], p);
            }
            return;
        }
        Group cataphor = cataphor(p);
        List<Group> candidates = new ArrayList<>();
        List<Site> lasts = new ArrayList<>();
        Group nearest = null;
        Site nearestSite = null;
        Group most = null;
        int mostCount = 0;
        for (Group g : groups) {
            if (!Salience.agrees(p, g) || !Salience.bound(p, g, this) || excluded(p, g)) {
                continue;
            }
            Site last = null;
            int count = 0;
            for (Site m : g.sites) {
                if (position(m) < position(p) && p.sentence - m.sentence <= Salience.WINDOW
                        && !(m.kind == MentionKind.NOMINAL && m.anchor >= 0)) {
                    count++;
                    if (last == null || position(m) > position(last)) {
                        last = m;
                    }
                }
            }
            if (last == null && g != cataphor) {
                continue;
            }
            candidates.add(g);
            lasts.add(last);
            if (last != null && (nearestSite == null || position(last) > position(nearestSite))) {
                nearest = g;
                nearestSite = last;
            }
            if (count > mostCount) {
                most = g;
                mostCount = count;
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Salience.Field field = new Salience.Field(p, candidates, nearest, most, firstPerson(p), cataphor);
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double[] features = Salience.features(candidates.get(i), lasts.get(i), field, this);
            all.add(features);
            double score = Salience.score(features);
            if (score > bestScore) {
                best = candidates.get(i);
                bestScore = score;
            }
        }
        observer.choose(p, candidates, all);
        join(best, p);
    }

    /** Sees each pronoun's candidates and their cues: the seam the weights of {@link Salience} were fitted through. */
    interface Observer {
        Observer NONE = (pronoun, candidates, features) -> { };

        void choose(Site pronoun, List<Group> candidates, List<double[]> features);
    }

    private Observer observer = Observer.NONE;

    Resolution observe(Observer o) {
        this.observer = o;
        return this;
    }

    /** The person named first in the article, if named before {@code p}. */
    private Group firstPerson(Site p) {
        for (Site s : sites) {
            if (position(s) >= position(p)) {
                break;
            }
            if (s.kind == MentionKind.NAME && groupOf[s.index] != null && groupOf[s.index].type() == EntityType.PERSON) {
                return groupOf[s.index];
            }
        }
        return null;
    }

    /** The first subject outside an opening adjunct: the sentence's main subject. */
    boolean isMainSubject(Site s) {
        return mainSubject[s.sentence] == s.index;
    }

    int firstClause(int sentence) {
        return firstClause[sentence];
    }

    /** A pronoun in an opening adjunct means the main clause's subject after it: "Before his marriage, Arieli …". */
    private Group cataphor(Site p) {
        if (!p.fronted) {
            return null;
        }
        for (Site s : sites) {
            if (s.sentence == p.sentence && s.span.start() > p.span.start() && !s.fronted && s.role == Role.SUBJECT
                    && s.kind != MentionKind.PRONOUN) {
                return groupOf[s.index];
            }
        }
        return null;
    }

    /** Someone a pronoun or description cannot be whatever the salience: its own possessed, its speaker, its partner. */
    private boolean excluded(Site anaphor, Group g) {
        if (anaphor.owned >= 0 && groupOf[anaphor.owned] == g) {
            return true;
        }
        if (anaphor.conjunct >= 0 && groupOf[anaphor.conjunct] == g) {
            return true;
        }
        if (anaphor.quote >= 0) {
            int speaker = speech.speakerOf(anaphor.quote);
            if (speaker >= 0 && groupOf[speaker] == g) {
                return true;
            }
        }
        return false;
    }

    private void nominal(Site n) {
        if (n.plural || !n.definite) {
            if (n.plural || n.role != Role.APPOSITION) {
                return;
            }
        }
        Group best = null;
        double bestScore = 0;
        for (Group g : groups) {
            if (!compatible(n, g) || excluded(n, g) || subjectOfOwnClause(n, g)) {
                continue;
            }
            double score = 0;
            for (Site m : g.sites) {
                if (position(m) < position(n) && n.sentence - m.sentence <= NOMINAL_WINDOW) {
                    score = Math.max(score, 1);
                }
            }
            if (score == 0) {
                continue;
            }
            score += Salience.lappinLeass(g, n, this);
            if (g.roles.contains(n.headWord)) {
                score += ROLE_MATCH;
            }
            for (String w : n.modifiers) {
                if (g.descriptionWords.contains(w)) {
                    score += WORD_MATCH;
                }
            }
            if (score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= NOMINAL_FLOOR) {
            join(best, n);
        } else {
            join(newGroup(), n);
        }
    }

    private boolean compatible(Site n, Group g) {
        EntityType type = g.type();
        if (n.type == EntityType.PERSON) {
            if (type != EntityType.PERSON && type != EntityType.OTHER || g.isPlural()) {
                return false;
            }
        } else if (type != n.type) {
            return false;
        }
        Gender has = g.gender();
        if (n.gender != Gender.UNKNOWN && has != Gender.UNKNOWN && has != n.gender) {
            return false;
        }
        if (n.type == EntityType.PERSON && !GENERIC.contains(n.headWord) && !g.roles.isEmpty()
                && !g.roles.contains(n.headWord) && g.roles.stream().noneMatch(GENERIC::contains)) {
            return false;
        }
        return true;
    }

    /** A description is not the subject of its own clause: in "Hewitt played the Heartbeat singer's …" it is not Hewitt. */
    private boolean subjectOfOwnClause(Site n, Group g) {
        if (n.role == Role.SUBJECT) {
            return false;
        }
        return g.sites.stream().anyMatch(m -> m.clause == n.clause && m.role == Role.SUBJECT && m.span.start() < n.span.start());
    }

    private List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        List<Group> ordered = new ArrayList<>(groups);
        ordered.removeIf(g -> g.sites.isEmpty());
        ordered.sort(Comparator.comparing(g -> g.sites.stream().map(s -> s.span).min(Comparator.naturalOrder()).get()));
        for (Group g : ordered) {
            List<Mention> mentions = new ArrayList<>();
            for (Site s : g.sites) {
                if (!s.silent) {
                    mentions.add(new Mention(s.span, s.span.of(text), s.kind));
                }
            }
            mentions.sort(Comparator.comparing(Mention::span));
            Gender gender = g.gender();
            if (gender == Gender.UNKNOWN && g.type() != EntityType.PERSON && g.type() != EntityType.OTHER) {
                gender = Gender.NEUTER;
            }
            out.add(new Entity("e" + (out.size() + 1), g.name(), g.type(), gender, List.copyOf(g.descriptions), mentions));
        }
        return out;
    }
}
