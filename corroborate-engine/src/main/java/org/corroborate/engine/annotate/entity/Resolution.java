package org.corroborate.engine.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;

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
    /** How many sentences on a description may find the name it was written ahead of. */
    private static final int CATAPHORA_SENTENCES = 2;
    /** Nouns for people that say little about who they are: no conflict with any other role. */
    private static final Set<String> GENERIC = Set.of("star", "superstar", "icon", "legend",
            "celebrity", "member", "friend", "man", "woman", "person", "figure", "native", "resident", "winner",
            "veteran", "newcomer", "leader", "pioneer", "artist", "performer", "entertainer", "musician", "boy", "girl",
            "child", "teenager", "youngster", "victim", "witness", "suspect", "patient", "student", "owner", "founder",
            "princess", "prince", "queen", "king", "lady", "hero", "heroine", "idol", "diva", "sensation", "prodigy",
            "favourite", "favorite", "darling", "sweetheart", "champion", "great", "captain", "chief", "head", "boss",
            "scorer", "goalscorer");
    /** Nouns for a tie to someone ("boyfriend", "sister"): they say who one is to another, not what one does. */
    private static final Set<String> RELATIONAL = Set.of("boyfriend", "girlfriend", "husband", "wife",
            "partner", "fiancé", "fiancée", "widow", "widower", "father", "mother", "dad", "mum", "son", "daughter",
            "brother", "sister", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
            "granddaughter", "colleague", "ally", "rival", "mentor", "teammate", "bandmate", "successor", "heir",
            "associate", "assistant", "aide", "adviser", "advisor", "bride", "stepfather", "stepmother", "stepson",
            "stepdaughter", "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "brother-in-law",
            "sister-in-law", "fan");
    /** A description whose phrase holds or possesses a work tied to someone: "the singer's video Hero". */
    static final double WORK_TIE = 300;
    /** Nouns for a business: "Brightwell Logistics" is "the company" (see {@link Nouns#isBusinessEnding}). */
    private static final Set<String> COMPANY = Set.of("company", "firm", "business");
    /** How a description that brings someone in opens: "a firefighter", "one firefighter". */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)(?:a|an|one)\\s");
    /** Descriptions that anyone credited with performing in a work may take. */
    private static final Set<String> ACTORS = Set.of("actress", "actor");
    static final double NEAREST = 30;
    /** The subject of a sentence's main clause stays in view over one in a clause it reports ("X revealed that Y …"). */
    static final double MAIN_SUBJECT = 40;

    private final String text;
    private final List<Site> sites;
    private final SpeechContext speech;
    private final Group[] groupOf;
    private final double[] position;
    /** For each site, the site that possesses it ("Kettering" for "Kettering's brother-in-law"), or -1. */
    private final int[] ownerOf;
    /** The sentence a site is read in: a speaker named after a quotation is read where the quotation starts. */
    private final int[] readIn;
    private final List<Group> groups = new ArrayList<>();
    private final int[] mainSubject;
    private final int[] firstClause;
    /** The pronouns a text opens on before it names anyone, while no name has taken them; see {@link #adoptOpening}. */
    private Group opening;

    private final PronounWeights weights;
    private final PronounAttention attention;
    private final Consumer<PronounChoice> observer;

    Resolution(String text, List<Site> sites, SpeechContext speech, PronounWeights weights, PronounAttention attention,
            Consumer<PronounChoice> observer) {
        this.weights = weights;
        this.attention = attention;
        this.observer = observer;
        this.text = text;
        this.sites = sites;
        this.speech = speech;
        this.groupOf = new Group[sites.size()];
        this.position = new double[sites.size()];
        this.readIn = new int[sites.size()];
        this.ownerOf = new int[sites.size()];
        Arrays.fill(ownerOf, -1);
        for (Site s : sites) {
            position[s.index] = s.span.start();
            readIn[s.index] = s.sentence;
            if (s.owned >= 0) {
                ownerOf[s.owned] = s.index;
            }
        }
        for (int q = 0; q < speech.quotes().size(); q++) {
            int speaker = speech.speakerOf(q);
            double start = speech.quotes().get(q).span().start();
            if (speaker >= 0 && position[speaker] > start) {
                // The cue after a quotation is read before it: its words are the speaker's.
                position[speaker] = Math.min(position[speaker], start - 0.5);
                for (Site s : sites) {
                    if (s.span.start() >= start) {
                        readIn[speaker] = Math.min(readIn[speaker], s.sentence);
                        break;
                    }
                }
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
        Arrays.fill(mainSubject, -1);
        Arrays.fill(firstClause, Integer.MAX_VALUE);
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

    int sentence(Site s) {
        return readIn[s.index];
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
            if (s.kind == MentionKind.NAME && opening != null) {
                adoptOpening(s);
            }
            if (groupOf[s.index] != null) {
                continue;
            }
            if (s.anchor >= 0 && groupOf[s.anchor] != null) {
                join(groupOf[s.anchor], s);
            } else if (s.kind == MentionKind.NOMINAL) {
                nominal(s);
            } else if (s.kind == MentionKind.PRONOUN && !s.inHeadline) {
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
            // A person's surname alone is that person whatever the tagger makes of it ("Kettering", a town too).
            boolean surname = type == EntityType.PERSON && words.size() == 1 && g.nameWords.size() > 1
                    && surname(g).equals(words.get(0));
            boolean compatible = type == s.type || type == EntityType.OTHER || s.type == EntityType.OTHER || surname;
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
                // One word opening the other's name: "Eastmere" and "Eastmere Athletic", in either order.
                if (words.size() == 1 && !g.nameWords.isEmpty() && g.nameWords.iterator().next().equals(words.get(0))
                        || type == s.type && g.nameWords.size() == 1 && g.nameWords.contains(words.get(0))) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The last word of a group's fullest name, lower case. */
    private static String surname(Group g) {
        List<String> words = NameForms.words(g.name());
        return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
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
        Group previousSpeaker = previousSpeaker(p);
        if (previousSpeaker != null && Salience.agrees(p, previousSpeaker) && !excluded(p, previousSpeaker)) {
            // "…," Hewitt continued. "…," she shared: a pronoun cue goes on with the speaker before it.
            join(previousSpeaker, p);
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
            if (!Salience.agrees(p, g) || !Salience.bound(p, g, this) || excluded(p, g)
                    || p.role == Role.SUBJECT && laterClauseMateName(p, g)) {
                continue;
            }
            Site last = null;
            int count = 0;
            for (Site m : g.sites) {
                if (position(m) < position(p) && sentence(p) - m.sentence <= Salience.WINDOW
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
            if (p.gender == Gender.MALE || p.gender == Gender.FEMALE) {
                // Someone the text has not named (yet): held as a group of pronouns, so that the pronouns after
                // it that mean the same person do not go to someone else; never reported on its own.
                Group unnamed = newGroup();
                join(unnamed, p);
                if (opening == null && noPersonNamedBefore(p)) {
                    opening = unnamed;
                }
            }
            return;
        }
        Group mostNamed = null;
        long mostNames = 0;
        Map<Group, Integer> intervening = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Group g = candidates.get(i);
            long names = g.sites.stream().filter(m -> m.kind == MentionKind.NAME).count();
            if (names > mostNames) {
                mostNamed = g;
                mostNames = names;
            }
            int between = 0;
            for (int k = 0; k < candidates.size(); k++) {
                if (k != i && lasts.get(k) != null && lasts.get(i) != null && position(lasts.get(k)) > position(lasts.get(i))) {
                    between++;
                }
            }
            intervening.put(g, between);
        }
        Salience.Field field = new Salience.Field(p, nearest, most, firstPerson(p), cataphor, mostNamed, intervening);
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double[] features = Salience.features(candidates.get(i), lasts.get(i), field, this);
            if (candidates.size() > 1) {
                attention.addCues(p.span, p.sentence, namedAt(candidates.get(i)), features, Salience.ATTENTION);
            }
            all.add(features);
            double score = weights.score(features);
            if (score > bestScore) {
                best = candidates.get(i);
                bestScore = score;
            }
        }
        if (observer != NO_OBSERVER) {
            observer.accept(choice(p, candidates, all, best));
        }
        join(best, p);
    }

    /**
     * A text that opens on a pronoun before naming anyone ("He grew up in Evanston … MacKenzie studied with Bernard
     * Leach") speaks of someone it names later, most often as the subject of a main clause: the first person named
     * so, if the gender agrees, takes the opening pronouns. Excerpts and continued pages open this way; a report
     * that names its subject first never has such a group.
     */
    private void adoptOpening(Site name) {
        Group g = groupOf[name.index];
        if (g == null || g == opening || g.type() != EntityType.PERSON || !isMainSubject(name) || name.fronted
                || g.sites.get(0) != name) {
            return;
        }
        Gender stated = g.statedGender();
        Gender unnamed = opening.gender();
        if (stated != Gender.UNKNOWN && stated != unnamed) {
            return;
        }
        for (Site s : List.copyOf(opening.sites)) {
            join(g, s);
        }
        groups.remove(opening);
        opening = null;
    }

    private boolean noPersonNamedBefore(Site p) {
        for (Site s : sites) {
            if (position(s) >= position(p)) {
                return true;
            }
            if (s.kind == MentionKind.NAME && s.type == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** Sees no choice. */
    static final Consumer<PronounChoice> NO_OBSERVER = choice -> { };

    /** Where {@code g}'s names and descriptions stand. */
    private static List<Span> namedAt(Group g) {
        List<Span> mentions = new ArrayList<>();
        for (Site s : g.sites) {
            if (s.kind != MentionKind.PRONOUN) {
                mentions.add(s.span);
            }
        }
        return mentions;
    }

    private PronounChoice choice(Site p, List<Group> candidates, List<double[]> cues, Group chosen) {
        List<PronounChoice.Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<Span> mentions = namedAt(candidates.get(i));
            List<Double> values = new ArrayList<>();
            for (double v : cues.get(i)) {
                values.add(v);
            }
            out.add(new PronounChoice.Candidate(mentions, values));
        }
        return new PronounChoice(p.span, out, candidates.indexOf(chosen));
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

    /**
     * For a pronoun that is a quotation's cue, the speaker of the quotation just before it (within two
     * sentences), when that one is known; else null.
     */
    private Group previousSpeaker(Site p) {
        int spoken = -1;
        for (int q = 0; q < speech.quotes().size(); q++) {
            if (speech.speakerOf(q) == p.index) {
                spoken = q;
                break;
            }
        }
        if (spoken < 0) {
            return null;
        }
        Span start = speech.quotes().get(spoken).span();
        Group best = null;
        int bestEnd = -1;
        for (int q = 0; q < speech.quotes().size(); q++) {
            int speaker = speech.speakerOf(q);
            Span span = speech.quotes().get(q).span();
            if (q != spoken && speaker >= 0 && speaker != p.index && span.end() <= start.start() && span.end() > bestEnd
                    && groupOf[speaker] != null && sentence(p) - sites.get(speaker).sentence <= 2) {
                best = groupOf[speaker];
                bestEnd = span.end();
            }
        }
        return best;
    }

    /** A pronoun in an opening adjunct means the main clause's subject after it: "Before his marriage, Arieli …". */
    private Group cataphor(Site p) {
        if (!p.fronted) {
            return null;
        }
        for (Site s : sites) {
            // The first subject after the adjunct that the pronoun can mean: "In her review of Haythornthwaite's
            // paper 'Learning, Culture and Community', Nora Wright found ..." passes over the title's words.
            if (s.sentence == p.sentence && s.span.start() > p.span.start() && !s.fronted && s.role == Role.SUBJECT
                    && s.kind != MentionKind.PRONOUN && groupOf[s.index] != null && Salience.agrees(p, groupOf[s.index])) {
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
        if (ownerOf[anaphor.index] >= 0 && groupOf[ownerOf[anaphor.index]] == g) {
            return true; // "Kettering's brother-in-law" is someone other than Kettering
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
        if (n.plural || !n.definite && n.role != Role.APPOSITION) {
            return;
        }
        Site other = n.conjunct >= 0 ? sites.get(n.conjunct) : null;
        if (other != null && other.kind == MentionKind.NOMINAL && groupOf[other.index] == null && other.definite
                && !other.plural) {
            // "The Ring My Bells singer and the late Princess of R&B": two people, chosen together.
            Map<Group, Double> mine = nominalScores(n);
            Map<Group, Double> theirs = nominalScores(other);
            Group bestMine = null;
            Group bestTheirs = null;
            double best = 0;
            List<Group> optionsMine = new ArrayList<>(mine.keySet());
            optionsMine.add(null);
            List<Group> optionsTheirs = new ArrayList<>(theirs.keySet());
            optionsTheirs.add(null);
            for (Group a : optionsMine) {
                for (Group b : optionsTheirs) {
                    if (a != null && a == b) {
                        continue;
                    }
                    double total = (a == null ? 0 : mine.get(a)) + (b == null ? 0 : theirs.get(b));
                    if (total > best) {
                        best = total;
                        bestMine = a;
                        bestTheirs = b;
                    }
                }
            }
            join(bestMine == null ? newGroup() : bestMine, n);
            join(bestTheirs == null ? newGroup() : bestTheirs, other);
            return;
        }
        Group best = null;
        double bestScore = 0;
        for (Map.Entry<Group, Double> e : nominalScores(n).entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null && n.type == EntityType.PERSON) {
            best = namedSoonAfter(n);
        }
        Site introduced = n.type == EntityType.PERSON ? introducedBefore(n) : null;
        if (introduced != null && (best == null || !kindMatch(n, best))) {
            // "injuring one firefighter … The injured firefighter": the one the article brought in, not a named
            // person who was never called that.
            if (groupOf[introduced.index] == null) {
                join(newGroup(), introduced);
            }
            best = groupOf[introduced.index];
        }
        join(best == null ? newGroup() : best, n);
    }

    /**
     * For a person's description that nothing before it means, the person named soon after with its noun as their
     * title or role: "…, the local fire chief said. Fire Chief Lorcan Maddox said …", as news leads describe someone a
     * sentence before they name them.
     */
    private Group namedSoonAfter(Site n) {
        for (Site m : sites.subList(n.index + 1, sites.size())) {
            if (m.sentence - n.sentence > CATAPHORA_SENTENCES) {
                break;
            }
            if (m.kind == MentionKind.NOMINAL
                    && m.anchor >= 0 && m.headWord.equals(n.headWord) && groupOf[m.anchor] != null
                    && compatible(n, groupOf[m.anchor])) {
                return groupOf[m.anchor];
            }
        }
        return null;
    }

    /** Whether {@code g} was given the description's role ("the actress"), or has a name ending in its noun ("the mill"). */
    private boolean kindMatch(Site n, Group g) {
        return g.roles.contains(n.headWord) || n.type != EntityType.PERSON && namedKind(n, g).orElse(false);
    }

    /**
     * The latest mention in reach before {@code n} that brings in someone new of the same kind: "a firefighter",
     * "one firefighter" for "the injured firefighter". Only for people: "only one film" counts films, and the place
     * or work the article is about is often first "a town", "a film".
     */
    private Site introducedBefore(Site n) {
        Site found = null;
        for (Site m : sites) {
            if (m.kind == MentionKind.NOMINAL && !m.plural && m.headWord.equals(n.headWord)
                    && INDEFINITE.matcher(m.span.of(text)).lookingAt()
                    && position(m) < position(n) && sentence(n) - m.sentence <= NOMINAL_WINDOW
                    && (found == null || position(m) > position(found))) {
                found = m;
            }
        }
        return found;
    }

    /** The entities a description may mean, each with its score; only those at or above the floor. */
    private Map<Group, Double> nominalScores(Site n) {
        Map<Group, Double> scores = new LinkedHashMap<>();
        Group nearest = nearestBefore(n);
        Set<Group> works = worksOf(n);
        for (Group g : groups) {
            if (!compatible(n, g) || excluded(n, g) || subjectOfOwnClause(n, g)) {
                continue;
            }
            boolean inReach = false;
            for (Site m : g.sites) {
                inReach |= position(m) < position(n) && sentence(n) - m.sentence <= NOMINAL_WINDOW;
            }
            if (!inReach) {
                continue;
            }
            boolean kindMatch = kindMatch(n, g);
            if (n.restricted && !kindMatch) {
                continue;
            }
            double score = latest(g, n);
            if (!works.isEmpty() && tiedWorks(g).stream().anyMatch(works::contains)) {
                score += WORK_TIE;
            }
            if (g == nearest) {
                score += NEAREST;
            }
            if (kindMatch) {
                // A role it was given ("the actress"), or the noun its name ends in ("the mill", the Larkspur Mill).
                score += ROLE_MATCH;
            }
            for (String w : n.modifiers) {
                if (g.descriptionWords.contains(w)) {
                    score += WORD_MATCH;
                }
            }
            if (score >= NOMINAL_FLOOR) {
                scores.put(g, score);
            }
        }
        return scores;
    }

    /**
     * A description's pull to {@code g}: the strongest {@link #pull} of g's mentions in the sentence of its latest
     * one before it (as Lappin and Leass weigh a sentence's mentions), halved per sentence back. Definite
     * descriptions go to the entity last in view (Vieira and Poesio 2000), so earlier sentences add nothing here.
     */
    private double latest(Group g, Site n) {
        Site last = null;
        for (Site m : g.sites) {
            if (position(m) < position(n) && !(m.kind == MentionKind.NOMINAL && m.anchor >= 0)
                    && (last == null || position(m) > position(last))) {
                last = m;
            }
        }
        if (last == null) {
            return 0;
        }
        double w = 0;
        for (Site m : g.sites) {
            if (m.sentence == last.sentence && position(m) < position(n)
                    && !(m.kind == MentionKind.NOMINAL && m.anchor >= 0)) {
                w = Math.max(w, pull(m, n));
            }
        }
        return w * Math.pow(Salience.DECAY, sentence(n) - last.sentence);
    }

    /**
     * One mention's pull on a description: recency and role, more for a main clause's subject; halved inside what
     * someone else says, and for a person reported on: in "Ashcombe revealed that Wrenfield offered her the lead.
     * The singer …" the story stays with the one who speaks. An organisation reported on ("said the club would
     * not look for a replacement. The squad …") keeps its pull.
     */
    private double pull(Site m, Site n) {
        double w = Salience.RECENCY + Salience.roleWeight(m.role) + (isMainSubject(m) ? MAIN_SUBJECT : 0);
        boolean spoken = m.quote >= 0 && m.quote != n.quote || m.reported && m.type == EntityType.PERSON;
        return spoken ? w * Salience.OTHER_QUOTATION : w;
    }

    /** The group whose latest mention before {@code n} is nearest to it. */
    private Group nearestBefore(Site n) {
        Group best = null;
        double at = Double.NEGATIVE_INFINITY;
        for (Site s : sites) {
            if (groupOf[s.index] != null && position(s) < position(n) && position(s) > at && !s.isPronoun()
                    && compatible(n, groupOf[s.index])) {
                best = groupOf[s.index];
                at = position(s);
            }
        }
        return best;
    }

    /**
     * The works a person is tied to by a possessive ("Enrique Iglesias's music video Hero", "Iglesias's English
     * language album, Escape") or by performing in them ("Ashcombe has acted … in the drama Copper Sky").
     */
    private Set<Group> tiedWorks(Group person) {
        Set<Group> works = new HashSet<>();
        for (Site s : person.sites) {
            Group w = workOwnedBy(s);
            if (w != null) {
                works.add(w);
            }
            if (s.credited >= 0 && groupOf[s.credited] != null) {
                works.add(groupOf[s.credited]);
            }
        }
        return works;
    }

    /** The works a description names or possesses: "the Ghost Whisperer actress", "the singer's video Hero". */
    private Set<Group> worksOf(Site n) {
        Set<Group> works = new HashSet<>();
        Group owned = workOwnedBy(n);
        if (owned != null) {
            works.add(owned);
        }
        for (Site s : sites) {
            if (s.kind != MentionKind.NAME || !n.span.contains(s.span) || groupOf[s.index] == null) {
                continue;
            }
            if (s.type == EntityType.WORK) {
                works.add(groupOf[s.index]);
            } else {
                // "The Copper Sky actress": the tagger may call a title in a description a company; a work the
                // article named so before is meant.
                String name = NameForms.clean(s.span.of(text)).toLowerCase(Locale.ROOT);
                for (Group g : groups) {
                    if (g.type() == EntityType.WORK && g.names.contains(name)) {
                        works.add(g);
                    }
                }
            }
        }
        return works;
    }

    private Group workOwnedBy(Site possessor) {
        if (possessor.owned < 0) {
            return null;
        }
        Site owned = sites.get(possessor.owned);
        Site work = owned.kind == MentionKind.NOMINAL && owned.anchor >= 0 ? sites.get(owned.anchor) : owned;
        if (work.kind != MentionKind.NAME || work.type != EntityType.WORK) {
            for (Site s : sites) {
                if (s.anchor == work.index && s.kind == MentionKind.NAME && s.type == EntityType.WORK) {
                    work = s;
                }
            }
        }
        Group g = groupOf[work.index];
        return g != null && work.type == EntityType.WORK ? g : null;
    }

    private boolean compatible(Site n, Group g) {
        EntityType type = g.type();
        if (n.type == EntityType.PERSON) {
            if (type != EntityType.PERSON && type != EntityType.OTHER || g.isPlural()) {
                return false;
            }
        } else {
            Optional<Boolean> kind = namedKind(n, g);
            if (kind.isPresent()) {
                return kind.get(); // "the mill" is the Larkspur Mill, whatever class the tagger gave it, not the Orrin Valley
            }
            if (type != n.type) {
                return false;
            }
        }
        Gender has = g.gender();
        if (n.gender != Gender.UNKNOWN && has != Gender.UNKNOWN && has != n.gender) {
            return false;
        }
        if (n.type == EntityType.PERSON && speaksForAnotherOrganisation(n, g)) {
            return false;
        }
        if (n.type == EntityType.PERSON && isOccupation(n.headWord)) {
            List<String> occupations = g.roles.stream().filter(Resolution::isOccupation).toList();
            // Another occupation rules g out unless the description names a work of g's ("the Copper Sky actress"
            // is the singer who acted in Copper Sky), or calls g an actor and g has acted ("The actress had no
            // agent"). The works are looked up only then: this runs for every site.
            return occupations.isEmpty() || occupations.contains(n.headWord)
                    || !Collections.disjoint(tiedWorks(g), worksOf(n))
                    || ACTORS.contains(n.headWord) && g.sites.stream().anyMatch(s -> s.credited >= 0);
        }
        return true;
    }

    /**
     * What a thing's names say of what kind of thing it is: true when one of them ends in the description's head
     * noun ("Larkspur Mill" for "the mill"; any building's name for "the building"; a business's, "Brightwell
     * Logistics", for "the company"), false when they all end in other head nouns of places and organisations
     * ("Orrin Valley", "Health Authority") or when a building is described and no name is a building's, empty when
     * the names say nothing ("Vellacott").
     */
    private Optional<Boolean> namedKind(Site n, Group g) {
        if (g.type() == EntityType.WORK) {
            return Optional.empty(); // a title says nothing of what kind of work it is: "The Salt Road" is a film
        }
        boolean other = false;
        for (String name : g.names) {
            List<String> words = NameForms.words(name);
            if (words.isEmpty()) {
                continue;
            }
            String last = words.get(words.size() - 1);
            if (last.equalsIgnoreCase(n.headWord) || n.headWord.equals("building") && Nouns.isBuilding(last)
                    || COMPANY.contains(n.headWord) && Nouns.isBusinessEnding(last)) {
                return Optional.of(true);
            }
            other |= Nouns.of(last).filter(sense -> sense.type() != EntityType.PERSON).isPresent();
        }
        // A building is no place named without a building's noun: "the warehouse" is not Port Calloway.
        boolean building = n.headWord.equals("building") || Nouns.isBuilding(n.headWord);
        return other || building && !g.names.isEmpty() ? Optional.of(false) : Optional.empty();
    }

    /**
     * "The police spokesman" where the article names the Port Calloway Police Service: someone from that
     * organisation, not a person named before unless a description of theirs says the same.
     */
    private boolean speaksForAnotherOrganisation(Site n, Group g) {
        for (String w : n.description.split("[^\\p{L}\\p{N}&]+")) {
            // Only a common noun ("police"): a capitalized modifier is a title or a name ("the Tonight singer").
            if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && !w.equals(n.headWord) && !g.descriptionWords.contains(w)
                    && !g.nameWords.contains(w) && namesAnOrganisation(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesAnOrganisation(String word) {
        for (Group o : groups) {
            if (o.type() == EntityType.ORGANIZATION && o.isNamed() && o.nameWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What someone does ("actress", "singer"): two different ones make two people. */
    private static boolean isOccupation(String noun) {
        return !GENERIC.contains(noun) && !RELATIONAL.contains(noun);
    }

    /**
     * A description is not its own clause's subject ("Hewitt played the Heartbeat singer's …" is not about
     * Hewitt), and a subject is not a name later in its clause ("the Tonight singer was mourning … Aaliyah"):
     * a name is not bound within its clause (Chomsky's principle C).
     */
    private boolean subjectOfOwnClause(Site n, Group g) {
        if (n.role != Role.SUBJECT) {
            return g.sites.stream().anyMatch(m -> m.clause == n.clause && m.role == Role.SUBJECT && m.span.start() < n.span.start()
                    && m.index != n.anchor);
        }
        return laterClauseMateName(n, g);
    }

    private static boolean laterClauseMateName(Site n, Group g) {
        return g.sites.stream().anyMatch(m -> m.kind == MentionKind.NAME && m.clause == n.clause && m.span.start() > n.span.end()
                && m.role != Role.SUBJECT && n.anchor != m.index);
    }

    private List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        List<Group> ordered = new ArrayList<>(groups);
        ordered.removeIf(g -> g.sites.stream().allMatch(s -> s.kind == MentionKind.PRONOUN));
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
