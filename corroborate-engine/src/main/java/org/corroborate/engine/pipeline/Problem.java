package org.corroborate.engine.pipeline;

import java.util.Objects;

/** An input, or part of one, that gave no article, and why. Printed as {@code source: message}. */
public record Problem(String source, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
