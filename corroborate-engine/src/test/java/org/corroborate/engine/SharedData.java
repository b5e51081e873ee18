package org.corroborate.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find {@code ../shared} (the seeds and the evaluation sets): the {@code corroborate.shared}
 * system property, which the parent pom sets to the folder beside the checkout. Tests that need it call
 * {@link #require(String)}, which skips them with a message naming the missing folder when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("corroborate.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The folder {@code relative} inside {@code ../shared}; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), () -> "skipped: " + path + " is absent (it comes with ../shared beside the checkout)");
        return path;
    }
}
