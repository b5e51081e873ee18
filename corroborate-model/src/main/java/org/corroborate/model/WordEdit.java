package org.corroborate.model;

import java.util.Objects;

/**
 * One difference between two wordings: {@code removed} words of the first stand where the second has
 * {@code added}. Either side may be empty (a pure insertion or deletion), not both.
 */
public record WordEdit(String removed, String added) {

    public WordEdit {
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(added, "added");
        if (removed.isEmpty() && added.isEmpty()) {
            throw new IllegalArgumentException("a word edit must remove or add something");
        }
    }
}
