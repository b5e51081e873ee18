package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Attribution;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimValue;
import org.corroborate.model.Entity;
import org.corroborate.model.Span;
import org.corroborate.model.ValueKind;

/**
 * Collects one article's claims, attaching to each the attribution of the passage it came from. Not shared
 * between threads.
 */
final class ClaimSink {

    /** Who a passage of the article is attributed to: quotes and reported speech, "per X" sentences. */
    interface Attributions {
        Optional<Attribution> of(Span evidence);
    }

    private final Attributions attributions;
    private final List<Claim> claims = new ArrayList<>();

    ClaimSink(Attributions attributions) {
        this.attributions = attributions;
    }

    void add(Span evidence, Entity subject, String relation, String text, String normalized, ValueKind kind) {
        claims.add(new Claim(evidence, subject.name(), Optional.of(subject.id()), relation,
                new ClaimValue(text, normalized, kind), attributions.of(evidence)));
    }

    void add(Span evidence, String subject, String relation, String text, String normalized, ValueKind kind) {
        claims.add(new Claim(evidence, subject, Optional.empty(), relation, new ClaimValue(text, normalized, kind),
                attributions.of(evidence)));
    }

    List<Claim> claims() {
        return claims;
    }
}
