package org.corroborate.engine.annotate.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Gender;

/**
 * The English personal pronouns Corroborate resolves, each with its person, gender, number and case. "You" is
 * left out (it names the reader or a generic person far more often than anyone in the story), and so is the
 * expletive use of "it", which the resolver screens by context.
 */
final class Pronouns {

    enum Case { SUBJECT, OBJECT, POSSESSIVE, REFLEXIVE }

    /** One pronoun form. {@code person} is 1 or 3. */
    record Form(int person, Gender gender, boolean plural, Case grammaticalCase) {

        boolean isFirstPerson() {
            return person == 1;
        }
    }

    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("he", new Form(3, Gender.MALE, false, Case.SUBJECT)),
            Map.entry("him", new Form(3, Gender.MALE, false, Case.OBJECT)),
            Map.entry("his", new Form(3, Gender.MALE, false, Case.POSSESSIVE)),
            Map.entry("himself", new Form(3, Gender.MALE, false, Case.REFLEXIVE)),
            Map.entry("she", new Form(3, Gender.FEMALE, false, Case.SUBJECT)),
            Map.entry("her", new Form(3, Gender.FEMALE, false, Case.OBJECT)),
            Map.entry("hers", new Form(3, Gender.FEMALE, false, Case.POSSESSIVE)),
            Map.entry("herself", new Form(3, Gender.FEMALE, false, Case.REFLEXIVE)),
            Map.entry("it", new Form(3, Gender.NEUTER, false, Case.SUBJECT)),
            Map.entry("its", new Form(3, Gender.NEUTER, false, Case.POSSESSIVE)),
            Map.entry("itself", new Form(3, Gender.NEUTER, false, Case.REFLEXIVE)),
            Map.entry("they", new Form(3, Gender.UNKNOWN, true, Case.SUBJECT)),
            Map.entry("them", new Form(3, Gender.UNKNOWN, true, Case.OBJECT)),
            Map.entry("their", new Form(3, Gender.UNKNOWN, true, Case.POSSESSIVE)),
            Map.entry("theirs", new Form(3, Gender.UNKNOWN, true, Case.POSSESSIVE)),
            Map.entry("themselves", new Form(3, Gender.UNKNOWN, true, Case.REFLEXIVE)),
            Map.entry("i", new Form(1, Gender.UNKNOWN, false, Case.SUBJECT)),
            Map.entry("me", new Form(1, Gender.UNKNOWN, false, Case.OBJECT)),
            Map.entry("my", new Form(1, Gender.UNKNOWN, false, Case.POSSESSIVE)),
            Map.entry("mine", new Form(1, Gender.UNKNOWN, false, Case.POSSESSIVE)),
            Map.entry("myself", new Form(1, Gender.UNKNOWN, false, Case.REFLEXIVE)));

    private Pronouns() {
    }

    /**
     * The form of {@code word}; "her" is possessive when the tagger says so ({@code PRP$}), else an object.
     */
    static Optional<Form> of(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        Form f = FORMS.get(w);
        if (f != null && w.equals("her") && pos.equals("PRP$")) {
            return Optional.of(new Form(3, Gender.FEMALE, false, Case.POSSESSIVE));
        }
        return Optional.ofNullable(f);
    }
}
