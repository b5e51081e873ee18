package org.corroborate.model;

import java.util.Locale;

/** An enum whose constants print in output as lower case with hyphens ({@code SINGLE_SOURCE} → {@code single-source}). */
public interface Labelled {

    String name();

    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
