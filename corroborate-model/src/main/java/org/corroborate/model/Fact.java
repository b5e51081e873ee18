package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim aligned across a story's articles, with its verdict.
 *
 * @param statement          the fact in words, for people
 * @param value              the most specific value any source gives (for a conflict, the first source's)
 * @param independentSources how many independent origins stand behind it: articles that cite the same
 *                           interview or copy the same text count once
 */
public record Fact(
        String statement,
        String subject,
        String relation,
        String value,
        Verdict verdict,
        int independentSources,
        List<FactSource> sources) {

    public Fact {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verdict, "verdict");
        sources = List.copyOf(sources);
        if (sources.isEmpty() || independentSources < 1 || independentSources > sources.size()) {
            throw new IllegalArgumentException("fact '" + statement + "': " + independentSources
                    + " independent sources among " + sources.size() + " sources");
        }
    }
}
