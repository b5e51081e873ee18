package org.corroborate.eval.scale;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.engine.cluster.ArticleProfile;
import org.corroborate.engine.cluster.ArticleProfiler;
import org.corroborate.engine.cluster.ClusterSettings;
import org.corroborate.engine.cluster.MiniLmEncoder;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.model.ArticleFacts;

/**
 * Shows that the story clusterer's cost per article stays flat as stories pile up, against the quadratic
 * baseline in the same process: synthetic streams of 1,000, 10,000 and 100,000 articles ({@link SyntheticNews})
 * go through {@link StoryClusterer#add}; then, with all of them in, 200 more articles are matched both through
 * the candidate index and against every story ({@link StoryClusterer#matches(ArticleProfile, boolean)}). It
 * prints articles per second and microseconds per match for both (CPU time of the benchmark's thread), how many
 * stories the index had scored in full per match, and how often the two found the same best story. The work per
 * match is bounded (the stories scored stay near 25); its time still creeps up with the stream, as the index and
 * the feature counts outgrow the processor's caches. A benchmark, not a test: run it with
 * <pre>{@code
 * mvn -q -pl corroborate-eval -am compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx6g -cp corroborate-eval/target/classes:corroborate-engine/target/classes:corroborate-model/target/classes:$(cat /tmp/cp.txt) \
 *     org.corroborate.eval.scale.ClusteringBenchmark [sizes...] [--minilm]
 * }</pre>
 * The profiles use a hashing stand-in for the embedding model, so the numbers are the clusterer's own; with
 * {@code --minilm} it also times the real MiniLM encoder on article leads, the cost each article pays once,
 * on a worker thread, before clustering.
 */
public final class ClusteringBenchmark {

    private static final int PROBES = 200;

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        boolean minilm = false;
        for (String a : args) {
            if (a.equals("--minilm")) {
                minilm = true;
            } else {
                sizes.add(Integer.parseInt(a.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        PrintStream out = System.out;
        ArticleProfiler profiler = new ArticleProfiler(new HashingEncoder());
        out.printf(Locale.ROOT, "%9s %8s %14s %16s %15s %19s %7s %10s%n", "articles", "stories", "add articles/s",
                "index µs/match", "stories scored", "all-stories µs/match", "ratio", "same best");
        // A first, unreported run so that the reported ones measure compiled code, not the interpreter.
        run(2_000, profiler, new PrintStream(java.io.OutputStream.nullOutputStream()));
        for (int n : sizes) {
            run(n, profiler, out);
        }
        if (minilm) {
            encoderCost(out);
        }
    }

    private static void run(int n, ArticleProfiler profiler, PrintStream out) {
        List<ArticleFacts> stream = new SyntheticNews(42).articles(n + PROBES);
        List<ArticleProfile> profiles = new ArrayList<>(stream.size());
        for (ArticleFacts a : stream) {
            profiles.add(profiler.profile(a));
        }
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.DEFAULT, profiler);
        long t0 = cpu();
        for (ArticleProfile p : profiles.subList(0, n)) {
            clusterer.add(p);
        }
        double addSeconds = (cpu() - t0) / 1e9;
        List<ArticleProfile> probes = profiles.subList(n, n + PROBES);
        // All probes through the index first, then all against every story, so that the garbage the second
        // makes is not collected inside the first's timings.
        List<String> viaIndex = new ArrayList<>();
        long scored = 0;
        long a = cpu();
        for (ArticleProfile p : probes) {
            List<StoryClusterer.Match> matches = clusterer.matches(p, false);
            scored += matches.size();
            viaIndex.add(best(matches));
        }
        long indexed = cpu() - a;
        int same = 0;
        long b = cpu();
        for (int i = 0; i < probes.size(); i++) {
            if (best(clusterer.matches(probes.get(i), true)).equals(viaIndex.get(i))) {
                same++;
            }
        }
        long exhaustive = cpu() - b;
        double indexMicros = indexed / 1e3 / PROBES;
        double allMicros = exhaustive / 1e3 / PROBES;
        out.printf(Locale.ROOT, "%9d %8d %14.0f %16.1f %15.1f %19.1f %6.0fx %9.1f%%%n", n, clusterer.storyCount(), n / addSeconds,
                indexMicros, (double) scored / PROBES, allMicros, allMicros / indexMicros, 100.0 * same / PROBES);
    }

    /** The best story if it would be joined, else "new". */
    private static String best(List<StoryClusterer.Match> matches) {
        return matches.isEmpty() || matches.get(0).score() < ClusterSettings.DEFAULT.threshold() ? "new" : matches.get(0).story();
    }

    /**
     * This thread's CPU time: on a shared machine, wall time counts the other processes' turns too. The encoder's
     * own ONNX threads are not counted, so its cost is wall time.
     */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void encoderCost(PrintStream out) {
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        String lead = "Three workers died when fire swept through the flour mill on Monday night, the fire chief said on "
                + "Tuesday. The blaze is thought to have started in the grain dryer before it spread through the roof, and "
                + "twelve people were taken to hospital, two of them in a serious condition.";
        for (int i = 0; i < 20; i++) {
            encoder.encode(lead + i);
        }
        int n = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            encoder.encode(lead + " " + i);
        }
        out.printf(Locale.ROOT, "%s: %.1f ms per article lead (%d words), one thread%n", encoder.describe(),
                (System.nanoTime() - t0) / 1e6 / n, lead.split(" ").length);
    }
}
