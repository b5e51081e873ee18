package org.corroborate.engine.annotate.entity;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.engine.annotate.Lexicon;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Finds the places an article may mention an entity, sentence by sentence, from the tagger's tokens and named
 * entity classes and {@link Chunker}'s phrases:
 * <ul>
 *   <li>names: runs of tokens the tagger gave one class; titles of works in quotation marks
 *       ("Rock the Boat"), and capitalized words after a work noun ("the music video Hero", "her album,
 *       Escape"), as works;</li>
 *   <li>nominals: phrases headed by a noun for a person, organisation, place or work ("the actress", "the
 *       Heartbeat singer", "the late Princess of R&amp;B"), and the role or title before a name ("9-1-1 star",
 *       "Aaliyah's former boyfriend"), linked to that name, as appositions are ("Marguerite Fell, Wrenfield's
 *       longtime producer") and predicates ("Ilori is a loom operator");</li>
 *   <li>pronouns, with their form.</li>
 * </ul>
 * Thread-safe: holds no state but the lexicon it is given.
 */
final class MentionFinder {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame",
            "madame", "mme", "mme.", "queen", "princess", "sister");
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "father",
            "brother", "rabbi", "reb", "duke", "earl", "baron", "count", "emperor", "monsieur", "swami", "sheikh");
    /** Prepositions after which a name is a place: "arrested in Brennock". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside");
    /** Titles that say a person follows without saying which gender: "Dr. Aswin", "Professor Lamb". */
    private static final Set<String> PERSON_TITLES = Set.of("dr", "dr.", "professor", "prof.", "mx", "mx.");

    private final Chunker chunker = new Chunker();
    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sites of every sentence, in text order, with their links to one another. */
    List<Site> find(String text, List<Sentence> sentences, List<Token> tokens, boolean[] title) {
        List<Site> sites = new ArrayList<>();
        ArticleNames names = ArticleNames.of(tokens);
        int clauseBase = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Phrase> phrases = chunker.chunk(tokens, sentence.firstToken(), sentence.endToken(), title, clauseBase);
            int[] clauses = Chunker.clauses(tokens, sentence.firstToken(), sentence.endToken(), clauseBase, title);
            new SentenceSites(text, tokens, title, s, sentence, phrases, clauses, sites, names).build();
            clauseBase = clauses.length == 0 ? clauseBase : clauses[clauses.length - 1] + 1;
        }
        sites.sort((a, b) -> a.span.compareTo(b.span));
        // One span, one mention: a name wins over a description or pronoun the same tokens gave.
        List<Site> unique = new ArrayList<>();
        for (Site s : sites) {
            Site last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last != null && last.span.equals(s.span)) {
                if (s.kind == MentionKind.NAME && last.kind != MentionKind.NAME) {
                    unique.set(unique.size() - 1, s);
                }
                continue;
            }
            unique.add(s);
        }
        sites = unique;
        List<Site> ordered = new ArrayList<>(sites.size());
        int[] renumber = new int[sites.stream().mapToInt(x -> x.index).max().orElse(-1) + 1];
        Arrays.fill(renumber, -1);
        for (int i = 0; i < sites.size(); i++) {
            renumber[sites.get(i).index] = i;
        }
        for (int i = 0; i < sites.size(); i++) {
            Site old = sites.get(i);
            Site s = new Site(i, old.span, old.kind, old.type, old.gender, old.plural, old.sentence, old.head, old.role,
                    old.clause, old.fronted, old.form, old.description, old.headWord, old.modifiers, old.definite);
            s.anchor = old.anchor < 0 ? -1 : renumber[old.anchor];
            s.conjunct = old.conjunct < 0 ? -1 : renumber[old.conjunct];
            s.owned = old.owned < 0 ? -1 : renumber[old.owned];
            s.credited = old.credited < 0 ? -1 : renumber[old.credited];
            if (s.anchor == i) {
                s.anchor = -1;
            }
            s.silent = old.silent;
            s.reported = old.reported;
            s.restricted = old.restricted;
            s.lean = old.lean;
            ordered.add(s);
        }
        return ordered;
    }

    /** Verbs whose subject performs in the work named after "in" ("starred in", "acted in", "appeared in"). */
    private static final Set<String> PERFORMING = Set.of("act", "star", "appear", "play", "perform", "feature", "debut",
            "sing", "co-star");
    /** Words a performing verb may stand before "in": "has acted only once before, in". */
    private static final int CREDIT_REACH = 6;
    /** The tags of what may stand between "in" and a work's name: "in the 2022 drama Copper Sky". */
    private static final Set<String> WORK_PHRASE_TAGS = Set.of("DT", "CD", "JJ", "NN", "POS", ",");

    /** The sites of one sentence; {@code index} of each site is its place in the shared list until renumbered. */
    private final class SentenceSites {
        final String text;
        final List<Token> tokens;
        final boolean[] title;
        final ArticleNames names;
        final int sentence;
        final List<Phrase> phrases;
        final List<Site> sites;
        /** For each phrase, the site that stands for it: the name or nominal holding its head. */
        final int[] rep;

        final int sentenceFirst;
        final int sentenceEnd;
        final int frontedEnd;
        final int[] clauses;

        SentenceSites(String text, List<Token> tokens, boolean[] title, int sentence, Sentence bounds, List<Phrase> phrases,
                int[] clauses, List<Site> sites, ArticleNames names) {
            this.names = names;
            this.sentenceFirst = bounds.firstToken();
            this.sentenceEnd = bounds.endToken();
            this.frontedEnd = Chunker.frontedEnd(tokens, sentenceFirst, sentenceEnd);
            this.clauses = clauses;
            this.text = text;
            this.tokens = tokens;
            this.title = title;
            this.sentence = sentence;
            this.phrases = phrases;
            this.sites = sites;
            this.rep = new int[phrases.size()];
        }

        void build() {
            boolean[] consumed = new boolean[phrases.size()];
            boolean[] covered = new boolean[tokens.size()];
            for (int p = 0; p < phrases.size(); p++) {
                rep[p] = consumed[p] ? -1 : phrase(p, consumed);
                for (int t = phrases.get(p).first(); t < phrases.get(p).end(); t++) {
                    covered[t] = true;
                }
            }
            looseWords(covered);
            for (int p = 0; p < phrases.size(); p++) {
                Phrase ph = phrases.get(p);
                if (rep[p] < 0) {
                    continue;
                }
                Site here = sites.get(rep[p]);
                if (ph.appositive() >= 0 && rep[ph.appositive()] >= 0) {
                    appose(sites.get(rep[ph.appositive()]), here);
                }
                if (ph.conjunct() >= 0 && rep[ph.conjunct()] >= 0) {
                    here.conjunct = rep[ph.conjunct()];
                }
                if (ph.possessed() >= 0 && rep[ph.possessed()] >= 0) {
                    here.owned = rep[ph.possessed()];
                }
                if (here.kind == MentionKind.NAME && here.type == EntityType.WORK) {
                    credit(ph.first(), here);
                }
                here.reported = here.role == Role.SUBJECT && afterSpeechVerb(ph.first());
            }
        }

        /**
         * "Ashcombe, 29, has acted only once before, in the 2022 drama Copper Sky": a work named after "in", a few
         * words after a verb of performing, ties the work to that verb's subject, a name or pronoun before it.
         */
        private void credit(int first, Site work) {
            int in = first - 1;
            while (in > sentenceFirst && !tokens.get(in).pos().equals("IN")) {
                if (!WORK_PHRASE_TAGS.contains(tokens.get(in).pos())) {
                    return;
                }
                in--;
            }
            if (in <= sentenceFirst || !tokens.get(in).text().equalsIgnoreCase("in")) {
                return;
            }
            for (int v = in - 1; v >= sentenceFirst && v >= in - CREDIT_REACH; v--) {
                Token verb = tokens.get(v);
                if (verb.pos().startsWith("VB") && PERFORMING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                    subjectBefore(v).ifPresent(s -> s.credited = work.index);
                    return;
                }
                if (verb.pos().startsWith("VB") || verb.pos().equals("IN")) {
                    return;
                }
            }
        }

        /** "Ashcombe revealed (that) Wrenfield …": whether token {@code first} opens what a speech verb reports. */
        private boolean afterSpeechVerb(int first) {
            int t = first - 1;
            if (t > sentenceFirst && tokens.get(t).text().equalsIgnoreCase("that")) {
                t--;
            }
            return t > sentenceFirst && tokens.get(t).pos().startsWith("VB")
                    && SpeechContext.SPEECH.contains(tokens.get(t).lemma().toLowerCase(Locale.ROOT));
        }

        /** The nearest person or pronoun before token {@code v} that is a subject in this sentence. */
        private Optional<Site> subjectBefore(int v) {
            for (int i = sites.size() - 1; i >= 0; i--) {
                Site s = sites.get(i);
                if (s.sentence == sentence && s.head < v && s.role == Role.SUBJECT
                        && (s.type == EntityType.PERSON || s.kind == MentionKind.PRONOUN)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        /** Pronouns outside every noun phrase: "on his own", "she said". */
        private void looseWords(boolean[] covered) {
            for (int t = Math.max(0, sentenceFirst); t < sentenceEnd; t++) {
                Token token = tokens.get(t);
                if (!covered[t] && token.pos().startsWith("PRP")) {
                    Role role = token.pos().equals("PRP$") ? Role.POSSESSOR : Role.OTHER;
                    pronoun(t, role, new Phrase(t, t + 1, t, role, clauseAt(t), -1, -1, -1, t < frontedEnd));
                } else if (token.pos().startsWith("WP")) {
                    relative(t);
                }
            }
        }

        /**
         * "Murnau, who had to finish the movie on his own": the relative pronoun is a silent mention of the
         * person before it, the subject (or object, or possessor) of its clause.
         */
        private void relative(int t) {
            String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
            if (!w.equals("who") && !w.equals("whom") && !w.equals("whose")) {
                return;
            }
            int before = t - 1 >= sentenceFirst && tokens.get(t - 1).pos().equals(",") ? t - 1 : t;
            for (int p = phrases.size() - 1; p >= 0; p--) {
                if (phrases.get(p).end() == before && rep[p] >= 0) {
                    Site antecedent = sites.get(rep[p]);
                    if (antecedent.kind == MentionKind.PRONOUN || antecedent.type != EntityType.PERSON
                            && antecedent.type != EntityType.OTHER) {
                        return;
                    }
                    Role role = w.equals("whose") ? Role.POSSESSOR : w.equals("whom") ? Role.OBJECT : Role.SUBJECT;
                    Site site = new Site(sites.size(), tokens.get(t).span(), MentionKind.PRONOUN, antecedent.type,
                            Gender.UNKNOWN, false, sentence, t, role, clauseAt(t), t < frontedEnd, Optional.empty(), "", w,
                            Set.of(), false);
                    site.silent = true;
                    site.anchor = antecedent.index;
                    add(site);
                    return;
                }
            }
        }

        private int clauseAt(int t) {
            return clauses[t - sentenceFirst];
        }

        /** "Marguerite Fell, Wrenfield's longtime producer": the description joins the name it follows. */
        private void appose(Site first, Site second) {
            Site name = first.kind == MentionKind.NAME ? first : second.kind == MentionKind.NAME ? second : null;
            if (name == null && first.kind == MentionKind.PRONOUN && !first.isFirstPerson()) {
                name = first; // "he was a child": a predicate describes whoever the pronoun means
            }
            Site nominal = name == first ? second : first;
            if (name == null || nominal.kind != MentionKind.NOMINAL || nominal.anchor >= 0 || name == nominal
                    || nominal.plural && !name.plural) {
                return;
            }
            nominal.anchor = name.index;
            if (nominal.type == EntityType.WORK && name.type != EntityType.WORK) {
                name.type = EntityType.WORK;
            }
        }

        /** Adds the sites of phrase {@code p}; returns the one standing for the phrase, or -1. */
        private int phrase(int p, boolean[] consumed) {
            Phrase ph = phrases.get(p);
            int first = ph.first();
            int end = ph.end();
            Token head = tokens.get(ph.head());
            if (end - first == 1 && head.pos().equals("PRP")) {
                return pronoun(ph.head(), ph.role(), ph);
            }
            int possessive = -1;
            if (tokens.get(first).pos().equals("PRP$")) {
                possessive = pronoun(first, Role.POSSESSOR, ph);
                first++;
            }
            int representative = -1;
            int nameStart = -1;
            // Titles and names inside the phrase.
            int t = first;
            while (t < end) {
                if (title[t]) {
                    int e = t;
                    while (e < end && title[e]) {
                        e++;
                    }
                    int site = name(t, e, EntityType.WORK, ph, ph.head() >= t && ph.head() < e);
                    if (site >= 0 && ph.head() < e) {
                        representative = site;
                        nameStart = nameStart < 0 ? t : nameStart;
                    }
                    t = e;
                } else if (tokens.get(t).isNamed() && !breaksName(t)) {
                    if (isWorkNounOpening(t, end)) {
                        t++; // "the 2022 drama Copper Sky", all tagged as one name: the noun says what the name is
                        continue;
                    }
                    int e = t + 1;
                    while (e < end && !title[e] && !breaksName(e) && (tokens.get(e).ner().equals(tokens.get(t).ner())
                            || isNameInfix(e, end, tokens.get(t).ner()))) {
                        e += tokens.get(e).text().equals("the") && tokens.get(t).ner().equals("PERSON") ? 2 : 1;
                    }
                    boolean isHead = ph.head() >= t && ph.head() < e;
                    EntityType type = afterWorkNoun(first, t) ? EntityType.WORK : corrected(t, e, type(tokens.get(t).ner()));
                    if (type == EntityType.PERSON && !isHead && e <= ph.head() && Nouns.of(tokens.get(ph.head()).text())
                            .filter(sense -> sense.type() == EntityType.LOCATION).isPresent()) {
                        t = e; // "the Kell mill": part of the place's description, not a person in the story
                        continue;
                    }
                    if (type == EntityType.PERSON && t > sentenceFirst && (isIndefinite(tokens.get(t - 1))
                            || e == t + 1 && tokens.get(t - 1).text().equalsIgnoreCase("the"))) {
                        // "an Oscar on his shelf", "won the Oscar", "The Oscar winner": a thing named after
                        // someone; a person's one-word name takes no article
                        type = EntityType.OTHER;
                    }
                    int site = name(t, e, type, ph, isHead);
                    if (isHead) {
                        representative = site;
                        nameStart = t;
                    }
                    t = e;
                } else if (isKnownNameWord(t)) {
                    boolean isHead = ph.head() == t;
                    int site = name(t, t + 1, EntityType.PERSON, ph, isHead);
                    if (isHead) {
                        representative = site;
                        nameStart = t;
                    }
                    t++;
                } else {
                    t++;
                }
            }
            if (representative < 0 && isUntaggedGivenName(first, ph.head())) {
                // "Homer", "Rose": a given name the tagger missed, standing alone as the phrase.
                representative = name(ph.head(), ph.head() + 1, EntityType.PERSON, ph, true);
                nameStart = ph.head();
            }
            if (representative < 0 && afterWorkNoun(first, ph.head()) && isCapitalized(ph.head())) {
                int s = ph.head();
                while (s > first && isCapitalized(s - 1) && !Nouns.isWork(tokens.get(s - 1).text())) {
                    s--;
                }
                representative = name(s, end, EntityType.WORK, ph, true);
                nameStart = s;
            }
            if (representative >= 0) {
                // A role or title before the name: "9-1-1 star Jennifer Love Hewitt", "the late R&B singer Aaliyah".
                int nominal = nameStart > first ? nominal(first, nameStart, nameStart, ph, consumed, p, true) : -1;
                if (nominal >= 0) {
                    sites.get(nominal).anchor = representative;
                }
                if (nameStart == first || nominal >= 0) {
                    // "his wife Mary", "her album Escape" possess the name; "By his 13th birthday Pedretti had …",
                    // where a comma is missing after an opening phrase, does not.
                    markOwner(possessive, representative);
                }
                return representative;
            }
            int nominal = nominal(first, end, end, ph, consumed, p, false);
            markOwner(possessive, nominal);
            return nominal;
        }

        private void markOwner(int possessive, int owned) {
            if (possessive >= 0 && owned >= 0) {
                sites.get(possessive).owned = owned;
            }
        }

        /**
         * A verb or a preposition ends a name, whatever the tagger says: in a headline set in title case it
         * tags "Enrique Iglesias Was Battling Personal Trauma After …" as one organisation.
         */
        private boolean breaksName(int e) {
            Token t = tokens.get(e);
            String w = t.text().toLowerCase(Locale.ROOT);
            return t.pos().startsWith("VB") || t.pos().equals("IN") && !Set.of("of", "for", "de", "du", "von", "van").contains(w)
                    || t.pos().equals("WDT") || t.pos().equals("WP") || t.pos().equals("WRB");
        }

        /** "of" and "and" inside one organisation's name: "Bank of America", "Fire and Rescue". */
        private boolean isNameInfix(int e, int end, String ner) {
            String w = tokens.get(e).text();
            if (w.equals("the") && ner.equals("PERSON") && e + 1 < end && isCapitalized(e + 1)
                    && !tokens.get(e + 1).ner().equals("PERSON")) {
                // "Peter the Great", "Ivan the Terrible": the epithet is part of the name.
                return e + 2 >= end || !tokens.get(e + 2).pos().startsWith("NN");
            }
            return (w.equals("of") || w.equals("and") || w.equals("&")) && e + 1 < end && tokens.get(e + 1).ner().equals(ner)
                    && !ner.equals("PERSON");
        }

        /**
         * The tagger's class for the name {@code [from, to)}, corrected where the name's own words or the article's
         * longer names say better:
         * <ul>
         *   <li>a name of two or more words that opens with no given name is a place when it ends in a word that makes
         *       one ({@link Nouns#isPlaceEnding}: "Harbour Road", "Marrow Coast");
         *   <li>a person to the tagger is a business when such a name ends in a word that makes one
         *       ({@link Nouns#isBusinessEnding}: "Saltmarsh Marine"), or when it is one word that opens a business's
         *       name in the article and no person's ("Brightwell" after "Brightwell Logistics");
         *   <li>a place or organisation to the tagger is a person when it {@link #looksLikePerson looks like one}, or
         *       when it is one word that ends a person's full name in the article and follows no preposition of place
         *       ("Kettering", a town too, before or after "Ambrose Kettering"; but "in Kettering").
         * </ul>
         */
        private EntityType corrected(int from, int to, EntityType tagged) {
            String first = tokens.get(from).text();
            String last = tokens.get(to - 1).text();
            String word = first.toLowerCase(Locale.ROOT);
            boolean givenName = lexicon.givenNameGender(first) != Gender.UNKNOWN;
            boolean longName = to - from >= 2 && Character.isUpperCase(last.charAt(0)) && !givenName;
            if (longName && (tagged == EntityType.PERSON || tagged == EntityType.ORGANIZATION) && Nouns.isPlaceEnding(last)) {
                return EntityType.LOCATION;
            }
            if (tagged == EntityType.PERSON && !givenName) {
                if (to - from == 1 && names.organisationOpenings().contains(word) && !names.personWords().contains(word)) {
                    return EntityType.ORGANIZATION;
                }
                if (longName && Nouns.isBusinessEnding(last)) {
                    return EntityType.ORGANIZATION;
                }
            }
            boolean surname = to - from == 1 && names.surnames().contains(word) && (from == sentenceFirst
                    || !PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT)));
            if ((tagged == EntityType.ORGANIZATION || tagged == EntityType.LOCATION || tagged == EntityType.OTHER)
                    && (looksLikePerson(from, to) || surname)) {
                return EntityType.PERSON;
            }
            return tagged;
        }

        /**
         * A name the tagger gave another class that reads as a person's: it opens with a title ("Lady Sidney",
         * "Father Boisot", "Miss Dix") or with a given name the lexicon knows followed by more name ("Dakota Fanning",
         * "Marcia Cross"), and it ends in no noun for a place or organisation ("Victoria Park", "Duke University")
         * nor in a plural ("the Charlotte Hornets"), and it follows no "the". The CoNLL tagger's errors on unfamiliar
         * names are of this kind (measured on GAP, where a tenth of the names it typed as places or organisations were
         * such people).
         */
        private boolean looksLikePerson(int from, int to) {
            String last = tokens.get(to - 1).text();
            if (to - from > 4 || Nouns.of(last).filter(sense -> sense.type() != EntityType.PERSON).isPresent()
                    || tokens.get(to - 1).pos().equals("NNPS") || Nouns.isBusinessEnding(last)
                    || from > sentenceFirst && tokens.get(from - 1).text().equalsIgnoreCase("the")) {
                return false; // nor does a person's name follow "the": "The Long Take" is a podcast
            }
            String first = tokens.get(from).text().toLowerCase(Locale.ROOT);
            if (to - from >= 2 && (FEMALE_TITLES.contains(first) || MALE_TITLES.contains(first) || PERSON_TITLES.contains(first))) {
                return true;
            }
            return to - from >= 2 && tokens.get(from + 1).pos().startsWith("NNP")
                    && lexicon.givenNameGender(tokens.get(from).text()) != Gender.UNKNOWN;
        }

        /**
         * A capitalized noun the tagger left untagged that is a word of a person's full name elsewhere in the article:
         * "Park" in "Park played third …" after "Kevin Park"; the tagger misses such a surname most often where it
         * opens a sentence or is an ordinary word too ("Park", "Little", "King").
         */
        private boolean isKnownNameWord(int t) {
            Token token = tokens.get(t);
            String w = token.text();
            return !token.isNamed() && !title[t] && token.pos().startsWith("NN") && w.length() > 1
                    && Character.isUpperCase(w.charAt(0)) && names.personWords().contains(w.toLowerCase(Locale.ROOT))
                    && Nouns.of(w).isEmpty();
        }

        private boolean isUntaggedGivenName(int first, int head) {
            Token t = tokens.get(head);
            return head == first && !t.isNamed() && t.pos().equals("NNP") && head > sentenceFirst && !title[head]
                    && Nouns.of(t.text()).isEmpty() && lexicon.givenNameGender(t.text()) != Gender.UNKNOWN
                    && !tokens.get(head - 1).pos().equals("DT") && !isMonth(t.text());
        }

        /** "in August", "since May": a month the tagger left untagged is no one's given name. */
        private static boolean isMonth(String word) {
            return Arrays.stream(Month.values()).anyMatch(m -> m.name().equalsIgnoreCase(word));
        }

        /**
         * Whether phrase {@code p} is possessed by a name: "Eastmere's all-time leading scorer" is as definite as "the
         * club's". A possessor that is a description ("a lighthouse keeper's daughter") or a pronoun leaves the phrase
         * as definite as its own determiner makes it.
         */
        private boolean possessedByName(int p) {
            for (int q = p - 1; q >= 0; q--) {
                Phrase possessor = phrases.get(q);
                if (possessor.possessed() == p) {
                    for (int k = possessor.first(); k < possessor.end(); k++) {
                        if (!tokens.get(k).pos().startsWith("NNP") || !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            return false;
        }

        private boolean isIndefinite(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            return t.pos().equals("DT") && (w.equals("a") || w.equals("an"));
        }

        /**
         * Whether the last lower-case noun within three words before {@code at} is a work noun: "the 2022 drama Copper
         * Sky", but not "podcast host Cass Obuya", where the host is nearer.
         */
        private boolean afterWorkNoun(int first, int at) {
            for (int k = at - 1; k >= first && k >= at - 3; k--) {
                Token t = tokens.get(k);
                if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && Character.isLowerCase(t.text().charAt(0))) {
                    return Nouns.isWork(t.text());
                }
            }
            return false;
        }

        /** A lower-case work noun the tagger took into the name that follows it ("drama" in "drama Copper Sky"). */
        private boolean isWorkNounOpening(int t, int end) {
            Token token = tokens.get(t);
            return t + 1 < end && token.pos().equals("NN") && Character.isLowerCase(token.text().charAt(0))
                    && Nouns.isWork(token.text()) && tokens.get(t + 1).ner().equals(token.ner());
        }

        /** A capitalized noun or number not opening its sentence ("video Hero": the tagger may call it NN). */
        private boolean isCapitalized(int t) {
            String w = tokens.get(t).text();
            return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
                    && (tokens.get(t).pos().startsWith("NN") || tokens.get(t).pos().equals("CD")) && t > sentenceFirst;
        }

        private int name(int from, int to, EntityType type, Phrase ph, boolean isHead) {
            int s = from;
            int e = to;
            while (e > s && isQuoteOrPunct(tokens.get(e - 1).text())) {
                e--;
            }
            while (s < e && isQuoteOrPunct(tokens.get(s).text())) {
                s++;
            }
            if (s >= e) {
                return -1;
            }
            Span span = new Span(tokens.get(s).span().start(), tokens.get(e - 1).span().end());
            Gender gender = type == EntityType.PERSON ? nameGender(s, e) : Gender.UNKNOWN;
            Role role = isHead ? ph.role() : Role.OTHER;
            Site site = new Site(sites.size(), span, MentionKind.NAME, type, gender, false, sentence, e - 1, role,
                    ph.clause(), ph.fronted(), Optional.empty(), "", "", Set.of(), false);
            if (e - s == 1 && type != EntityType.WORK) {
                site.lean = lexicon.givenNameGender(tokens.get(s).text());
            }
            return add(site);
        }

        private boolean isQuoteOrPunct(String w) {
            return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’") || w.equals("'")
                    || w.equals("``") || w.equals("''") || w.equals(",");
        }

        /** A person's gender from a title before the name or the given name the lexicon knows. */
        private Gender nameGender(int from, int to) {
            // The title may stand before the name or, when the tagger took it in, open it ("Lady Sidney").
            for (int k = Math.max(0, from - 1); k <= from && k < to - 1; k++) {
                String title = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (FEMALE_TITLES.contains(title)) {
                    return Gender.FEMALE;
                }
                if (MALE_TITLES.contains(title)) {
                    return Gender.MALE;
                }
            }
            // A lone word is as often a family name ("Lindsay", "MacKenzie") as a given one.
            return to - from >= 2 ? lexicon.givenNameGender(tokens.get(from).text()) : Gender.UNKNOWN;
        }

        /**
         * A nominal over tokens {@code [from, to)} whose head is the last listed noun before {@code limit};
         * extended by "of" and the phrase after it when that phrase names nobody ("the late Princess of R&B").
         */
        private int nominal(int from, int to, int limit, Phrase ph, boolean[] consumed, int p, boolean premodifier) {
            int headAt = -1;
            for (int k = Math.min(to, limit) - 1; k >= from; k--) {
                Token t = tokens.get(k);
                if (t.pos().startsWith("NN") && Nouns.of(t.text()).isPresent() && !t.isNamed()) {
                    headAt = k;
                    break;
                }
                if (!premodifier || !t.pos().startsWith("NN")) {
                    break;
                }
            }
            if (headAt < 0 || premodifier && headAt != to - 1) {
                return -1;
            }
            Token headToken = tokens.get(headAt);
            Nouns.Sense sense = Nouns.of(headToken.text()).get();
            int s = from;
            while (s < headAt && (tokens.get(s).pos().equals("PRP$") || isQuoteOrPunct(tokens.get(s).text()))) {
                s++;
            }
            String determiner = tokens.get(s).text().toLowerCase(Locale.ROOT);
            boolean definite = DEFINITE.contains(determiner)
                    || !premodifier && sense.type() == EntityType.PERSON && possessedByName(p);
            int end = headAt + 1;
            if (!premodifier && p + 1 < phrases.size() && end < tokens.size() && tokens.get(end).text().equals("of")
                    && phrases.get(p + 1).first() == end + 1 && namesNobody(phrases.get(p + 1))) {
                end = phrases.get(p + 1).end();
                consumed[p + 1] = true;
            }
            Span span = new Span(tokens.get(s).span().start(), tokens.get(end - 1).span().end());
            int descFrom = tokens.get(s).pos().equals("DT") || DEFINITE.contains(determiner) ? s + 1 : s;
            String description = descFrom < end
                    ? text.substring(tokens.get(descFrom).span().start(), tokens.get(end - 1).span().end()) : "";
            Set<String> modifiers = new LinkedHashSet<>();
            for (int k = descFrom; k < end; k++) {
                Token t = tokens.get(k);
                if (k != headAt && (t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("CD") || title[k])) {
                    for (String w : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+")) {
                        if (!w.isEmpty()) {
                            modifiers.add(w);
                        }
                    }
                }
            }
            boolean plural = headToken.pos().equals("NNS") || headToken.pos().equals("NNPS");
            Role role = premodifier ? Role.APPOSITION : ph.role();
            Site site = new Site(sites.size(), span, MentionKind.NOMINAL, sense.type(), sense.gender(), plural, sentence,
                    headAt, role, ph.clause(), ph.fronted(), Optional.empty(), description,
                    headToken.text().toLowerCase(Locale.ROOT), modifiers, definite);
            site.restricted = end == headAt + 1 && end < tokens.size() && tokens.get(end).text().equalsIgnoreCase("of");
            return add(site);
        }

        private boolean namesNobody(Phrase next) {
            for (int k = next.first(); k < next.end(); k++) {
                String ner = tokens.get(k).ner();
                if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION") || title[k]
                        || tokens.get(k).pos().startsWith("PRP") || Nouns.of(tokens.get(k).text()).isPresent()) {
                    return false;
                }
            }
            return true;
        }

        private int pronoun(int t, Role role, Phrase ph) {
            Token token = tokens.get(t);
            String pos = token.pos();
            if (token.text().equalsIgnoreCase("her") && t + 1 < sentenceEnd) {
                // The tagger often takes possessive "her" for an object: what follows tells them apart.
                int after = t + 1;
                while (after + 1 < sentenceEnd && isQuoteOrPunct(tokens.get(after).text()) && !tokens.get(after).text().equals(",")) {
                    after++; // "one of her ``favourite bits''"
                }
                String next = tokens.get(after).pos();
                boolean nounFollows = next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD") || next.equals("VBG");
                pos = nounFollows ? "PRP$" : "PRP";
                if (nounFollows && role != Role.POSSESSOR) {
                    role = Role.POSSESSOR;
                }
            }
            Optional<Pronouns.Form> form = Pronouns.of(token.text(), pos);
            if (form.isEmpty()) {
                return -1;
            }
            Pronouns.Form f = form.get();
            return add(new Site(sites.size(), token.span(), MentionKind.PRONOUN, EntityType.OTHER, f.gender(), f.plural(),
                    sentence, t, role, ph.clause(), ph.fronted(), form, "", token.text().toLowerCase(Locale.ROOT),
                    Set.of(), false));
        }

        private int add(Site site) {
            sites.add(site);
            return site.index;
        }
    }

    /**
     * What the article's longer names tell about its shorter ones, all lower case: the words of the runs of two or more
     * tokens the tagger tagged PERSON, the last words of those runs, and the first words of such runs it tagged
     * ORGANIZATION.
     */
    private record ArticleNames(Set<String> personWords, Set<String> surnames, Set<String> organisationOpenings) {

        static ArticleNames of(List<Token> tokens) {
            ArticleNames names = new ArticleNames(new HashSet<>(), new HashSet<>(), new HashSet<>());
            int t = 0;
            while (t < tokens.size()) {
                String ner = tokens.get(t).ner();
                int e = Token.runEnd(tokens, t);
                if (e - t >= 2 && ner.equals("PERSON")) {
                    for (int k = t; k < e; k++) {
                        String w = tokens.get(k).text();
                        if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                            names.personWords.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                    names.surnames.add(tokens.get(e - 1).text().toLowerCase(Locale.ROOT));
                } else if (e - t >= 2 && ner.equals("ORGANIZATION")) {
                    names.organisationOpenings.add(tokens.get(t).text().toLowerCase(Locale.ROOT));
                }
                t = e;
            }
            return names;
        }
    }

    static EntityType type(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
        };
    }
}
