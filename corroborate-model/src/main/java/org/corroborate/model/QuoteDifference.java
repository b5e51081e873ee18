package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/** How the wording in {@code article} differs from the wording in {@code against}, word by word. */
public record QuoteDifference(String article, String against, List<WordEdit> edits) {

    public QuoteDifference {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(against, "against");
        edits = List.copyOf(edits);
    }
}
