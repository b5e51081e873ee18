package org.corroborate.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.app.AnalysisOptions;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.PublicationDates;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.model.Published;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and reading options that {@code analyze} and {@code extract} share. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), globs such as 'news/*.html', http(s) URLs, or - for "
                    + "standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date of inputs that carry none (YYYY-MM-DD or ISO-8601 date-time); relative "
                    + "dates such as \"Saturday\" resolve against it.")
    String published;

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "32",
            description = "Skip inputs larger than this, after decompression (default: ${DEFAULT-VALUE}).")
    int maxInputMb;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long fetching one URL may take in all (default: ${DEFAULT-VALUE}).")
    int fetchTimeoutSeconds;

    @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "5",
            description = "HTTP redirects to follow per URL (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "User-Agent sent when fetching URLs; its first word is the name looked up in robots.txt.")
    String userAgent;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer threads;

    Optional<Published> published() {
        if (published == null) {
            return Optional.empty();
        }
        return Optional.of(PublicationDates.parse(published).orElseThrow(() -> new IllegalArgumentException(
                "--published: '" + published + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-05-17")));
    }

    IngestLimits limits() {
        if (maxInputMb < 1) {
            throw new IllegalArgumentException("--max-input-mb must be at least 1, was " + maxInputMb);
        }
        if (fetchTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--fetch-timeout must be at least 1 second, was " + fetchTimeoutSeconds);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("--max-redirects must not be negative, was " + maxRedirects);
        }
        IngestLimits limits = IngestLimits.DEFAULT.withMaxInputBytes((long) maxInputMb << 20)
                .withFetchTimeout(java.time.Duration.ofSeconds(fetchTimeoutSeconds))
                .withMaxRedirects(maxRedirects);
        return userAgent == null ? limits : limits.withUserAgent(userAgent);
    }

    AnalysisOptions analysisOptions(double clusterThreshold) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new AnalysisOptions(published(), n, limits(), clusterThreshold);
    }

    Sources.Expansion expand() {
        return new Sources(Path.of("").toAbsolutePath()).expand(paths);
    }
}
