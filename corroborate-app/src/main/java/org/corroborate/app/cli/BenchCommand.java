package org.corroborate.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.app.AnalysisOptions;
import org.corroborate.app.StandardPipeline;
import org.corroborate.corenlp.CoreNlpFullPipeline;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.annotate.TaggedSentence;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.engine.reconcile.StoryReconciler;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Document;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate bench}: measures Corroborate's throughput and heap on a corpus and, with
 * {@code --baseline corenlp}, CoreNLP's full pipeline on the same texts in the same process, then prints the
 * ratio of the two throughputs.
 *
 * <p>Both pipelines get the same articles and the same threads, warm up first, and are measured over the same
 * number of passes. Throughput counts the tokens CoreNLP's tokenizer finds in each article's whole text, for both,
 * so the ratio is a ratio of times. Heap is sampled every 10 ms while a pipeline runs. A single-threaded pass
 * then shows where Corroborate's time goes, stage by stage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures throughput and heap, against CoreNLP's full pipeline with --baseline corenlp.")
final class BenchCommand implements Callable<Integer> {

    enum Baseline { none, corenlp }

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "samples/html",
            description = "Folder (or file or glob) of articles to measure on (default: ${DEFAULT-VALUE}).")
    private String corpus;

    @Option(names = "--baseline", paramLabel = "NAME", defaultValue = "none",
            description = "corenlp: also measure CoreNLP's full pipeline (" + CoreNlpFullPipeline.ANNOTATORS + ").")
    private Baseline baseline;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    private int passes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for both (default: the number of cores).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (passes < 1 || warmup < 0) {
            throw new IllegalArgumentException("--passes must be at least 1 and --warmup at least 0");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Sources.Expansion expansion = new Sources(Path.of("").toAbsolutePath()).expand(List.of(corpus));
        if (expansion.inputs().isEmpty()) {
            throw new IllegalArgumentException("--corpus " + corpus + ": " + String.join("; ", expansion.problems()));
        }
        List<Article> articles = articles(expansion.inputs());
        long tokens = 0;
        for (Article a : articles) {
            tokens += CoreNlpFullPipeline.countTokens(a.text());
        }
        out.printf(Locale.ROOT, "corpus: %s, %d articles, %,d tokens; %d threads, %d warm-up and %d measured passes%n",
                corpus, articles.size(), tokens, n, warmup, passes);
        out.flush();

        AnalysisOptions options = new AnalysisOptions(Optional.empty(), n, IngestLimits.DEFAULT,
                AnalysisOptions.DEFAULT_CLUSTER_THRESHOLD);
        long loadStart = System.nanoTime();
        LanguageAnalyzer analyzer = StandardPipeline.analyzer();
        double oursLoad = seconds(System.nanoTime() - loadStart);
        Measurement ours;
        try (Pipeline pipeline = StandardPipeline.build(options, analyzer)) {
            ours = measure(() -> {
                Analysis a = pipeline.run(expansion.inputs(), System.in, PipelineListener.NONE);
                return a.articles().size();
            });
        }
        print(out, "corroborate", oursLoad, ours, tokens, articles.size());
        breakdown(out, analyzer, articles);

        if (baseline == Baseline.corenlp) {
            loadStart = System.nanoTime();
            CoreNlpFullPipeline full = new CoreNlpFullPipeline();
            double theirsLoad = seconds(System.nanoTime() - loadStart);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            Set<String> failed = ConcurrentHashMap.newKeySet();
            try {
                Measurement theirs = measure(() -> {
                    List<Future<Integer>> done = new ArrayList<>();
                    for (Article a : articles) {
                        done.add(pool.submit(() -> annotateOrRecord(full, a, failed)));
                    }
                    for (Future<Integer> f : done) {
                        f.get();
                    }
                    return articles.size();
                });
                print(out, "corenlp", theirsLoad, theirs, tokens, articles.size());
                if (!failed.isEmpty()) {
                    // CoreNLP's quote attribution throws on some texts; its time on them still counts.
                    out.printf(Locale.ROOT, "  corenlp failed on %d of %d articles: %s%n", failed.size(), articles.size(),
                            String.join(", ", failed));
                }
                out.printf(Locale.ROOT, "ratio: %.1f%n", theirs.seconds() / ours.seconds());
            } finally {
                pool.shutdownNow();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** CoreNLP's full annotation of one article; an exception is recorded by the article's source, not thrown. */
    private static int annotateOrRecord(CoreNlpFullPipeline full, Article article, Set<String> failed) {
        try {
            return full.annotate(article.text());
        } catch (RuntimeException e) {
            failed.add(article.source());
            return 0;
        }
    }

    private List<Article> articles(List<Input> inputs) {
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);
        ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());
        List<Article> articles = new ArrayList<>();
        for (Input input : inputs) {
            ingestor.ingest(input, System.in, ingested -> {
                if (ingested instanceof Document d && cleaner.apply(d) instanceof Article a) {
                    articles.add(a);
                }
            });
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("--corpus " + corpus + " holds no readable article");
        }
        return articles;
    }

    /** The mean time of the measured passes and the peak heap seen while they ran. */
    private record Measurement(double seconds, long peakHeap) {
    }

    private interface Pass {
        int run() throws Exception;
    }

    private Measurement measure(Pass pass) throws Exception {
        for (int i = 0; i < warmup; i++) {
            pass.run();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            pass.run();
        }
        double elapsed = seconds(System.nanoTime() - start) / passes;
        sampler.interrupt();
        sampler.join();
        return new Measurement(elapsed, peak.get());
    }

    private static void print(PrintWriter out, String name, double load, Measurement m, long tokens, int articles) {
        out.printf(Locale.ROOT, "%-12s load %5.1f s  %,9.0f tokens/s  %7.2f articles/s  peak heap %,6d MB%n",
                name, load, tokens / m.seconds(), articles / m.seconds(), m.peakHeap() >> 20);
        out.flush();
    }

    /** One single-threaded pass, timed stage by stage, to show where the time goes. */
    private static void breakdown(PrintWriter out, LanguageAnalyzer analyzer, List<Article> articles) {
        AtomicLong inAnalyzer = new AtomicLong();
        LanguageAnalyzer timed = new LanguageAnalyzer() {
            @Override
            public List<TaggedSentence> analyze(String text, List<Span> regions) {
                long t = System.nanoTime();
                try {
                    return analyzer.analyze(text, regions);
                } finally {
                    inAnalyzer.addAndGet(System.nanoTime() - t);
                }
            }

            @Override
            public String describe() {
                return analyzer.describe();
            }
        };
        Annotator annotator = new Annotator(timed);
        FactExtractor extractor = new FactExtractor();
        long annotate = 0;
        long extract = 0;
        List<ArticleFacts> facts = new ArrayList<>();
        for (Article a : articles) {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.apply(a);
            long t1 = System.nanoTime();
            facts.add(extractor.apply(annotated));
            long t2 = System.nanoTime();
            annotate += t1 - t0;
            extract += t2 - t1;
        }
        long t0 = System.nanoTime();
        StoryClusterer clusterer = StoryClusterer.standard(AnalysisOptions.DEFAULT_CLUSTER_THRESHOLD);
        facts.forEach(clusterer::add);
        StoryReconciler reconciler = new StoryReconciler();
        for (Story s : clusterer.stories()) {
            reconciler.apply(s);
        }
        long story = System.nanoTime() - t0;
        long total = annotate + extract + story;
        long nlp = inAnalyzer.get();
        out.printf(Locale.ROOT, "  where the time goes (one thread): %s %.0f%%, entities and times %.0f%%, "
                        + "quotes and claims %.0f%%, clustering and reconciling %.0f%%%n",
                analyzer.describe(), 100.0 * nlp / total, 100.0 * (annotate - nlp) / total, 100.0 * extract / total,
                100.0 * story / total);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
