package org.corroborate.engine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands what the user names into {@link Input}s: a file is itself, a directory is every regular file below
 * it (recursively, in name order, hidden files skipped), a glob ({@code data/*.txt}, {@code news/**.json}) is
 * every matching file, {@code -} is standard input, and a name starting with {@code http://} or
 * {@code https://} is a page to fetch. A name that matches nothing, or a malformed address, is reported, not
 * dropped.
 *
 * <p>Thread-safe: holds no state.
 */
public final class Sources {

    /** The inputs named, and for each name that gave none, a message saying so. */
    public record Expansion(List<Input> inputs, List<String> problems) {
        public Expansion {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    private final Path workingDirectory;

    public Sources(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public Expansion expand(List<String> names) {
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            int before = inputs.size();
            int problemsBefore = problems.size();
            try {
                expandOne(name, inputs, problems);
            } catch (IOException | UncheckedIOException e) {
                problems.add(name + ": cannot be listed: " + e.getMessage());
                continue;
            }
            if (inputs.size() == before && problems.size() == problemsBefore) {
                problems.add(name + ": " + (isGlob(name) ? "no file matches this pattern" : "no such file or directory"));
            }
        }
        return new Expansion(inputs, problems);
    }

    private void expandOne(String name, List<Input> into, List<String> problems) throws IOException {
        if (name.equals("-")) {
            into.add(Input.stdin());
            return;
        }
        if (isUrl(name)) {
            try {
                URI uri = new URI(name.strip());
                into.add(new Input(name, Optional.empty(), Optional.of(uri)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.add(name + ": is not a valid URL (" + e.getMessage() + ")");
            }
            return;
        }
        Path path = workingDirectory.resolve(name);
        if (!isGlob(name) || Files.exists(path)) {
            if (Files.isDirectory(path)) {
                walk(path, p -> true, name, into);
            } else if (Files.exists(path)) {
                into.add(new Input(name, Optional.of(path)));
            }
            return;
        }
        // The glob's directory is its longest prefix without a wildcard; the rest is matched against paths
        // relative to it, so "articles/*.txt" matches in articles/ only and "articles/**" below it too.
        int cut = firstWildcard(name);
        int slash = name.lastIndexOf('/', cut);
        String base = slash < 0 ? "" : name.substring(0, slash + 1);
        Path root = workingDirectory.resolve(base.isEmpty() ? "." : base);
        if (!Files.isDirectory(root)) {
            return;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name.substring(base.length()));
        walk(root, p -> matcher.matches(root.relativize(p)), base, into);
    }

    private static void walk(Path root, java.util.function.Predicate<Path> accept, String shownPrefix,
            List<Input> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(accept)
                    .sorted()
                    .forEach(p -> into.add(new Input(shown(root, p, shownPrefix), Optional.of(p))));
        }
    }

    private static String shown(Path root, Path file, String prefix) {
        String relative = root.relativize(file).toString();
        if (prefix.isEmpty()) {
            return relative;
        }
        return prefix.endsWith("/") ? prefix + relative : prefix + "/" + relative;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Names that start with {@code http://} or {@code https://}, in any case. */
    static boolean isUrl(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("http://") || n.startsWith("https://");
    }

    static boolean isGlob(String name) {
        return firstWildcard(name) < name.length();
    }

    private static int firstWildcard(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return name.length();
    }
}
