package org.corroborate.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.store.AnalysisStore;
import org.corroborate.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate stories}: the stored stories, newest first. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the stories in the store, newest first.")
final class StoriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many first.")
    private int offset;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("--limit must be at least 1 and --offset at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AnalysisStore db = store.open()) {
            List<StorySummary> stories = db.stories(offset, limit);
            if (stories.isEmpty()) {
                out.println("No stories stored in " + db.location() + (offset > 0 ? " past the first " + offset : "")
                        + ". Analyse some articles first: corroborate analyze PATH...");
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "%-18s %8s  %-10s  %-32s  %s%n", "STORY", "ARTICLES", "LATEST", "OUTLETS", "TITLE");
            for (StorySummary s : stories) {
                out.printf(Locale.ROOT, "%-18s %8d  %-10s  %-32s  %s%n", s.id(), s.articleCount(),
                        s.lastPublished().map(Object::toString).orElse("—"), cut(String.join(", ", s.outlets()), 32), s.title());
            }
            var counts = db.counts();
            out.printf(Locale.ROOT, "%d of %d stories; %d articles stored in %s%n", stories.size(), counts.stories(),
                    counts.articles(), db.location());
        }
        return ExitCodes.OK;
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
