package org.corroborate.eval.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.model.Article;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.Ingested;

/**
 * Runs ingest and clean over the article-extraction benchmark's pages and scores the article bodies with the
 * benchmark's own metric ({@link ShingleScorer}); also measures throughput.
 *
 * <p>The scored body is what Corroborate analyses of an HTML page: its body blocks (paragraphs, headings,
 * block quotes) without the title, which the benchmark's {@code articleBody} leaves out too, joined by blank
 * lines. Captions and boilerplate blocks are not scored.
 *
 * <p>Run it on the development pages with
 * {@code mvn -q -pl corroborate-eval -am test -Dtest=ArticleExtractionEval -Dsurefire.failIfNoSpecifiedTests=false},
 * or as a program: {@code ArticleExtractionEvaluator <folder> [--threads N] [--rounds N] [--pages]}.
 *
 * <p>Thread-safe once built: the ingestor and cleaner it holds are.
 */
public final class ArticleExtractionEvaluator {

    private final Ingestor ingestor;
    private final ArticleCleaner cleaner;
    private final ShingleScorer scorer = new ShingleScorer();

    public ArticleExtractionEvaluator(Ingestor ingestor, ArticleCleaner cleaner) {
        this.ingestor = ingestor;
        this.cleaner = cleaner;
    }

    /** An evaluator with the default limits and no default publication date. */
    public static ArticleExtractionEvaluator standard() {
        return new ArticleExtractionEvaluator(new Ingestor(IngestLimits.DEFAULT), new ArticleCleaner(Optional.empty()));
    }

    /** Extracts and scores every page, on the calling thread. */
    public Evaluation evaluate(List<BenchmarkPage> pages) throws IOException {
        List<PageResult> results = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            results.add(evaluate(page, Files.readAllBytes(page.html())));
        }
        return new Evaluation(results, scorer.aggregate(results.stream().map(PageResult::match).toList()));
    }

    private PageResult evaluate(BenchmarkPage page, byte[] gzipped) {
        Outcome outcome = extract(page, gzipped);
        return new PageResult(page, outcome.body(), scorer.match(page.expectedBody(), outcome.body()), outcome.problem());
    }

    private record Outcome(String body, String problem) {
    }

    private Outcome extract(BenchmarkPage page, byte[] gzipped) {
        List<Ingested> documents = new ArrayList<>();
        ingestor.ingest(page.html().getFileName().toString(), gzipped, documents::add);
        if (documents.size() != 1 || !(documents.get(0) instanceof Document d)) {
            return new Outcome("", documents.isEmpty() ? "nothing ingested" : documents.get(0).toString());
        }
        Document withUrl = new Document(d.source(), page.url().or(d::url), d.fetchedAt(), d.format(), d.content(), d.hints());
        Extracted extracted = cleaner.apply(withUrl);
        if (extracted instanceof Article article) {
            return new Outcome(body(article), "");
        }
        return new Outcome("", extracted.toString());
    }

    /** The article's body blocks other than its title, joined by blank lines. */
    public static String body(Article article) {
        return article.blocks().stream()
                .filter(b -> b.kind().isBody() && b.kind() != BlockKind.TITLE)
                .map(b -> article.textOf(b.span()))
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * Throughput of ingest and clean on {@code threads} threads, over {@code rounds} passes through the pages
     * after one pass of warm-up, with every page's bytes read into memory first so that the disk is not
     * measured. Both wall-clock time and the CPU time of the working threads are measured.
     */
    public Throughput throughput(List<BenchmarkPage> pages, int threads, int rounds) throws IOException {
        List<byte[]> bytes = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            bytes.add(Files.readAllBytes(page.html()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runRound(pages, bytes, pool);
            long start = System.nanoTime();
            long cpu = 0;
            for (int r = 0; r < rounds; r++) {
                cpu += runRound(pages, bytes, pool);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int done = pages.size() * rounds;
            return new Throughput(threads, done, done / seconds, cpu > 0 ? done / (cpu / 1e9) : 0);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs every page once on the pool; returns the CPU nanoseconds the work took. */
    private long runRound(List<BenchmarkPage> pages, List<byte[]> bytes, ExecutorService pool) {
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            BenchmarkPage page = pages.get(i);
            byte[] b = bytes.get(i);
            futures.add(pool.submit(() -> {
                long before = threadsBean.getCurrentThreadCpuTime();
                extract(page, b);
                return threadsBean.getCurrentThreadCpuTime() - before;
            }));
        }
        long cpu = 0;
        for (Future<Long> f : futures) {
            try {
                cpu += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring throughput", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed while measuring throughput", e.getCause());
            }
        }
        return cpu;
    }

    /**
     * Prints the score and throughput on the pages in {@code args[0]}; {@code --pages} also prints each page's
     * precision and recall, worst first.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ArticleExtractionEvaluator <article-extraction folder> [--threads N] [--rounds N] [--pages]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int threads = 2;
        int rounds = 5;
        boolean perPage = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--pages" -> perPage = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        List<BenchmarkPage> pages = ArticleExtractionBenchmark.read(folder);
        ArticleExtractionEvaluator evaluator = standard();
        Evaluation evaluation = evaluator.evaluate(pages);
        if (perPage) {
            evaluation.pages().stream()
                    .sorted(Comparator.comparingDouble(r -> Math.min(r.match().precision(), r.match().recall())))
                    .forEach(r -> System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f %s %s%n", r.page().id().substring(0, 12),
                            r.match().precision(), r.match().recall(), r.page().url().map(Object::toString).orElse(""),
                            r.problem()));
        }
        System.out.println("article-extraction " + folder + ": " + evaluation.score());
        System.out.println("throughput: " + evaluator.throughput(pages, threads, rounds));
    }
}
