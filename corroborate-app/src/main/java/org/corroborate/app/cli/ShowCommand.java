package org.corroborate.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.store.AnalysisStore;
import org.corroborate.store.StoredStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate show STORY}: one stored story, rendered as {@code analyze} renders a run. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints one stored story with its articles.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the story was printed", "1:no story has that id", "2:bad usage"})
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "STORY", description = "The story's id, as 'corroborate stories' lists it.")
    private String id;

    @Mixin
    private StoreOptions store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "md (default), json, jsonl or html.")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        try (AnalysisStore db = store.open()) {
            var found = db.story(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("corroborate: no story " + id + " in " + db.location()
                        + "; 'corroborate stories' lists the stored ones");
                return ExitCodes.PARTIAL;
            }
            StoredStory story = found.get();
            Output.write(output, spec.commandLine().getOut(), Reports.render(format, story.articles(), List.of(story.report())));
        }
        return ExitCodes.OK;
    }
}
