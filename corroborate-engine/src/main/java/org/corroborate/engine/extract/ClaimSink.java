package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimValue;
import org.corroborate.model.Entity;
import org.corroborate.model.Span;
import org.corroborate.model.ValueKind;

/**
 * Collects one article's claims. Each claim's evidence is its sentence; its attribution is whoever the article
 * credits for the words at its anchor (the trigger or the value), so that the speech around a claim ("…, the
 * chief said") credits it and a quotation elsewhere in the sentence does not. A claim the article already made in
 * the same sentence is not added twice. Not shared between threads.
 */
final class ClaimSink {

    private final Credits credits;
    private final List<Claim> claims = new ArrayList<>();

    ClaimSink(Credits credits) {
        this.credits = credits;
    }

    void add(Clause clause, Span anchor, Entity subject, String relation, String text, String normalized, ValueKind kind) {
        add(clause, anchor, subject.name(), Optional.of(subject.id()), relation, text, normalized, kind);
    }

    void add(Clause clause, Span anchor, NounPhrases.Found subject, String relation, String text, String normalized, ValueKind kind) {
        add(clause, anchor, subject.name(), subject.entity().map(Entity::id), relation, text, normalized, kind);
    }

    /** A claim about something that is no entity of the article: an incident ("fire"), an unresolved description. */
    void add(Clause clause, Span anchor, String subject, String relation, String text, String normalized, ValueKind kind) {
        add(clause, anchor, subject, Optional.empty(), relation, text, normalized, kind);
    }

    private void add(Clause clause, Span anchor, String subject, Optional<String> entity, String relation, String text,
            String normalized, ValueKind kind) {
        Span evidence = clause.sentence().span();
        for (Claim c : claims) {
            if (c.span().equals(evidence) && c.subject().equals(subject) && c.relation().equals(relation)
                    && c.value().normalized().equals(normalized)) {
                return;
            }
        }
        claims.add(new Claim(evidence, subject, entity, relation, new ClaimValue(text, normalized, kind), credits.of(clause, anchor)));
    }

    List<Claim> claims() {
        return claims;
    }

    /** How many claims so far: a mark for finding the ones an extractor adds. */
    int size() {
        return claims.size();
    }
}
