package org.corroborate.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.app.StandardPipeline;
import org.corroborate.engine.cluster.ClusterSettings;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.engine.reconcile.StoryReconciler;
import org.corroborate.store.AnalysisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate analyze PATH...}: the main job, from inputs to story reports. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses articles: who said what, which facts agree or conflict, and how many independent "
                + "sources stand behind each.",
            "Inputs are recognised by content: plain text, HTML, gzip, news-please JSON and JSON Lines."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was analysed", "1:some inputs failed; each is named on standard error",
            "2:bad usage"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "md (default, for people), json, jsonl (one article or story per line) or html (one page).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    private Path output;

    @Option(names = "--cluster-threshold", paramLabel = "X", defaultValue = "" + ClusterSettings.DEFAULT_THRESHOLD,
            description = "Least match score (0 to 1: how likely an article reports a story's event) at which it joins the story "
                    + "(default: ${DEFAULT-VALUE}).")
    private double clusterThreshold;

    @Mixin
    private StoreOptions store;

    @Option(names = "--no-store", description = "Do not save the analysis in the store.")
    private boolean noStore;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; problems are still reported.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Say on standard error each article stored, as soon as it is.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        var options = inputs.analysisOptions(clusterThreshold);
        Sources.Expansion expansion = inputs.expand();
        expansion.problems().forEach(p -> err.println("corroborate: " + p));
        if (expansion.inputs().isEmpty()) {
            err.println("corroborate: nothing to analyse");
            return ExitCodes.PARTIAL;
        }
        Analysis analysis;
        String stored = "";
        try (AnalysisStore db = noStore ? null : store.open();
                Pipeline pipeline = StandardPipeline.build(options);
                ProgressReporter progress = new ProgressReporter(err, quiet, "Analysing")) {
            PipelineListener listener = progress;
            StoreWriter writer = null;
            if (db != null) {
                writer = new StoreWriter(db, new StoryReconciler(), line -> {
                    if (verbose) {
                        err.println("corroborate: " + line);
                        err.flush();
                    }
                });
                listener = progress.andThen(writer);
            }
            analysis = pipeline.run(expansion.inputs(), System.in, listener);
            if (writer != null) {
                stored = "; stored " + writer.summary();
            }
        }
        Output.write(output, spec.commandLine().getOut(), Reports.render(format, analysis.articles(), analysis.stories()));
        if (!quiet) {
            err.println("corroborate: " + plural(analysis.articles().size(), "article", "articles") + " in "
                    + plural(analysis.stories().size(), "story", "stories")
                    + (analysis.problems().isEmpty() ? "" : "; " + plural(analysis.problems().size(), "input", "inputs") + " failed")
                    + stored);
        }
        return analysis.problems().isEmpty() && expansion.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
