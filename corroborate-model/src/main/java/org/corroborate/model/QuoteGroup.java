package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One quotation as the story's outlets give it: each outlet's wording and how they differ. */
public record QuoteGroup(Optional<String> speaker, List<QuoteVariant> variants, List<QuoteDifference> differences) {

    public QuoteGroup {
        Objects.requireNonNull(speaker, "speaker");
        variants = List.copyOf(variants);
        differences = List.copyOf(differences);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a quote group needs at least one variant");
        }
    }
}
