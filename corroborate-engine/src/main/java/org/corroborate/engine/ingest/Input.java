package org.corroborate.engine.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to read: a file, or standard input.
 *
 * @param name how the user named it, used in every message about it
 * @param path the file, or empty for standard input
 */
public record Input(String name, Optional<Path> path) {

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    public static Input file(Path path) {
        return new Input(path.toString(), Optional.of(path));
    }

    public static Input stdin() {
        return new Input("-", Optional.empty());
    }
}
