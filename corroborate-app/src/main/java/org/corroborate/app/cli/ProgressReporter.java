package org.corroborate.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.engine.pipeline.Problem;
import org.corroborate.model.Skipped;

/**
 * Tells the user how a run goes, on standard error: each problem as {@code corroborate: SOURCE: PROBLEM} as
 * it happens, and, when standard error is a terminal and the run has more than a handful of inputs, a progress
 * bar over the inputs. The launcher says whether standard error is a terminal (Java cannot tell on its own)
 * through the {@code corroborate.progress} system property.
 */
final class ProgressReporter implements PipelineListener, AutoCloseable {

    private static final int MIN_INPUTS_FOR_BAR = 5;

    private final PrintWriter err;
    private final boolean enabled;
    private final String task;
    private ProgressBar bar;

    ProgressReporter(PrintWriter err, boolean quiet, String task) {
        this.err = err;
        this.enabled = !quiet && Boolean.getBoolean("corroborate.progress");
        this.task = task;
    }

    @Override
    public void started(int inputs) {
        if (enabled && inputs >= MIN_INPUTS_FOR_BAR) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(inputs)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" inputs", 1)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }
    }

    @Override
    public void inputDone(Input input) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void problem(Problem problem) {
        err.println("corroborate: " + problem);
        err.flush();
    }

    @Override
    public void skipped(Skipped skipped) {
        err.println("corroborate: " + skipped.source() + ": skipped " + skipped.count() + " " + skipped.reason());
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
