package org.corroborate.engine.annotate.entity;

import java.util.Optional;
import java.util.Set;
import org.corroborate.engine.annotate.entity.Phrase.Role;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;

/**
 * A place where an article may mention an entity, with what the resolver weighs to decide which: found by
 * {@link MentionFinder}, linked to others by it and by {@link SpeechContext}, then grouped by
 * {@link EntityResolver}. Sites are working state of one resolution, used by one thread.
 */
final class Site {

    final int index;
    final Span span;
    final MentionKind kind;
    EntityType type;
    final Gender gender;
    final boolean plural;
    final int sentence;
    final int head;
    final Role role;
    final int clause;
    final boolean fronted;
    final Optional<Pronouns.Form> form;
    /** A nominal's description without its determiner ("Ghost Whisperer actress"); "" for names and pronouns. */
    final String description;
    /** A nominal's head noun, lower case. */
    final String headWord;
    /** A nominal's other content words, lower case ("ghost", "whisperer"). */
    final Set<String> modifiers;
    /** "the"/"this"/"that" before a nominal: it refers back to something already known. */
    final boolean definite;

    /** The site this one describes: an apposition, a title or role before a name, a predicate; else -1. */
    int anchor = -1;
    /** The site joined to this one by "and" or "or"; else -1. */
    int conjunct = -1;
    /** For a possessive pronoun or possessor, the name or nominal heading what it possesses; else -1. */
    int owned = -1;
    /** For a subject who acted, starred or played in a work ("Ashcombe has acted … in the drama Copper Sky"), the work's name; else -1. */
    int credited = -1;
    /** The subject of what a speech verb reports: Wrenfield in "Ashcombe revealed that Wrenfield offered her …". */
    boolean reported;
    /** A mention that counts for salience but is not reported: a relative pronoun ("who"). */
    boolean silent;
    /**
     * A pronoun in a headline set in title case ("… of His Last Film for Her"), which points ahead to the story
     * rather than back, and is left unresolved rather than let it decide whose gender is whose.
     */
    boolean inHeadline;
    /** The quotation this site lies in (an index into {@link SpeechContext#quotes()}), or -1. */
    int quote = -1;
    /**
     * A nominal restricted by an "of" phrase after it ("the Canal Street side of the building", "the father of the
     * victim"): such a description mostly introduces something new (Vieira and Poesio 2000), so it refers back only
     * to an entity that bears its head noun as a role or in its name.
     */
    boolean restricted;
    /**
     * For a name of one word, the gender the lexicon gives it as a given name ("Natasha"): a lean, not a fact, as a
     * lone word is as often a family name ("MacKenzie", "Lindsay"); {@link Gender#UNKNOWN} otherwise.
     */
    Gender lean = Gender.UNKNOWN;

    Site(int index, Span span, MentionKind kind, EntityType type, Gender gender, boolean plural, int sentence, int head,
            Role role, int clause, boolean fronted, Optional<Pronouns.Form> form, String description, String headWord,
            Set<String> modifiers, boolean definite) {
        this.index = index;
        this.span = span;
        this.kind = kind;
        this.type = type;
        this.gender = gender;
        this.plural = plural;
        this.sentence = sentence;
        this.head = head;
        this.role = role;
        this.clause = clause;
        this.fronted = fronted;
        this.form = form;
        this.description = description;
        this.headWord = headWord;
        this.modifiers = Set.copyOf(modifiers);
        this.definite = definite;
    }

    boolean isPronoun() {
        return kind == MentionKind.PRONOUN;
    }

    boolean isFirstPerson() {
        return form.filter(Pronouns.Form::isFirstPerson).isPresent();
    }

    @Override
    public String toString() {
        return kind + span.toString() + "/" + role;
    }
}
