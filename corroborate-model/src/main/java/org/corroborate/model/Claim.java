package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing an article states about one subject: "Aaliyah | death date | Aug. 2001".
 *
 * <p>A sentence can give several claims about one event (its date, its place, its cause); each is its own
 * claim so that outlets can be compared on each separately.
 *
 * @param span        the evidence: the clause or sentence that states it
 * @param subject     the subject's canonical name
 * @param entity      the subject's {@link Entity#id()} in the same article, when it is an entity
 * @param relation    a normalized relation ("death date", "death place", "starred in")
 * @param attribution whom the article attributes the claim to, when it is reported rather than stated
 */
public record Claim(
        Span span,
        String subject,
        Optional<String> entity,
        String relation,
        ClaimValue value,
        Optional<Attribution> attribution) {

    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(attribution, "attribution");
    }
}
