package org.corroborate.engine.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the user named to read: a file, a web page's address, or standard input.
 *
 * @param name how the user named it, used in every message about it and as the source of its documents
 * @param path the file, when it is one
 * @param url  the {@code http} or {@code https} address to fetch, when it is one; at most one of {@code path}
 *             and {@code url} is present, and neither for standard input
 */
public record Input(String name, Optional<Path> path, Optional<URI> url) {

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        if (path.isPresent() && url.isPresent()) {
            throw new IllegalArgumentException("input " + name + " cannot be both a file and a URL");
        }
        url.ifPresent(u -> {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new IllegalArgumentException("input " + name + ": only absolute http and https URLs can be fetched");
            }
        });
    }

    /** A file, or standard input when {@code path} is empty. */
    public Input(String name, Optional<Path> path) {
        this(name, path, Optional.empty());
    }

    public static Input file(Path path) {
        return new Input(path.toString(), Optional.of(path), Optional.empty());
    }

    public static Input stdin() {
        return new Input("-", Optional.empty(), Optional.empty());
    }

    /** A page to fetch, named by its address as given. */
    public static Input url(URI url) {
        return new Input(url.toString(), Optional.empty(), Optional.of(url));
    }

    public boolean isStdin() {
        return path.isEmpty() && url.isEmpty();
    }
}
