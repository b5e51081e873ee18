package org.corroborate.engine.pipeline;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.corroborate.engine.Stage;
import org.corroborate.engine.cluster.ArticleProfile;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.NotAnArticle;
import org.corroborate.model.Skipped;
import org.corroborate.model.Story;
import org.corroborate.model.StoryReport;
import org.corroborate.model.Unreadable;

/**
 * Runs the stages over many inputs. Inputs are read in order on the calling thread; each document is
 * cleaned, annotated, extracted and profiled for clustering on a pool of worker threads; results come back in
 * input order, join stories in that order (so a run is reproducible), and every story is then reconciled on
 * the pool.
 *
 * <p>A document or story whose stage throws becomes a {@link Problem} naming it and the stage, and the run goes
 * on. At most a few documents per worker are in flight at once, so memory stays bounded however many inputs
 * there are. A pipeline holds only thread-safe stages and can run many times, one run at a time.
 */
public final class Pipeline implements AutoCloseable {

    private final Ingestor ingestor;
    private final Stage<Document, Extracted> cleaner;
    private final Stage<Article, ArticleFacts> analysis;
    private final Supplier<StoryClusterer> clusterers;
    private final Stage<Story, StoryReport> reconciler;
    private final ExecutorService workers;
    private final int maxInFlight;

    /**
     * @param analysis   annotate and extract, chained
     * @param clusterers a fresh clusterer for each run
     * @param threads    worker threads, at least 1
     */
    public Pipeline(Ingestor ingestor, Stage<Document, Extracted> cleaner, Stage<Article, ArticleFacts> analysis,
            Supplier<StoryClusterer> clusterers, Stage<Story, StoryReport> reconciler, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pipeline needs at least one thread, was given " + threads);
        }
        this.ingestor = ingestor;
        this.cleaner = cleaner;
        this.analysis = analysis;
        this.clusterers = clusterers;
        this.reconciler = reconciler;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corroborate-worker");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = 4 * threads;
    }

    /** One document's or story's outcome: an article with its clustering profile, a story report, or a problem. */
    private record Outcome(ArticleFacts facts, ArticleProfile profile, StoryReport story, Problem problem) {
    }

    public Analysis run(List<Input> inputs, InputStream stdin, PipelineListener listener) {
        List<ArticleFacts> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StoryClusterer clusterer = clusterers.get();
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        listener.started(inputs.size());
        for (Input input : inputs) {
            List<Skipped> skipped = new ArrayList<>();
            ingestor.ingest(input, stdin, ingested -> {
                if (ingested instanceof Unreadable u) {
                    inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(
                            new Outcome(null, null, null, new Problem(u.source(), u.reason()))));
                } else if (ingested instanceof Document d) {
                    inFlight.add(workers.submit(() -> process(d, clusterer)));
                } else if (ingested instanceof Skipped s) {
                    skipped.add(s);
                }
                while (inFlight.size() > maxInFlight) {
                    collect(inFlight.removeFirst(), articles, problems, clusterer, listener);
                }
            });
            while (!inFlight.isEmpty()) {
                collect(inFlight.removeFirst(), articles, problems, clusterer, listener);
            }
            skipped.forEach(listener::skipped);
            listener.inputDone(input);
        }
        List<Future<Outcome>> reports = new ArrayList<>();
        for (Story story : clusterer.stories()) {
            reports.add(workers.submit(() -> reconcile(story)));
        }
        List<StoryReport> stories = new ArrayList<>();
        for (Future<Outcome> report : reports) {
            Outcome outcome = await(report);
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
                listener.problem(outcome.problem());
            } else {
                stories.add(outcome.story());
                listener.story(outcome.story());
            }
        }
        return new Analysis(articles, stories, problems);
    }

    private Outcome reconcile(Story story) {
        try {
            return new Outcome(null, null, reconciler.apply(story), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, null, new Problem("story " + story.id() + " (" + story.articles().size() + " articles)",
                    "failed in the reconcile stage, which is a defect in Corroborate: " + e));
        }
    }

    /** Cleans, analyses and profiles one document; the profile (its embedding) is the costly part of clustering. */
    private Outcome process(Document document, StoryClusterer clusterer) {
        String stage = "clean";
        try {
            Extracted extracted = cleaner.apply(document);
            if (extracted instanceof NotAnArticle n) {
                return new Outcome(null, null, null, new Problem(n.source(), n.reason()));
            }
            stage = "analysis";
            ArticleFacts facts = analysis.apply((Article) extracted);
            stage = "cluster";
            return new Outcome(facts, clusterer.profile(facts), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, null, new Problem(document.source(),
                    "failed in the " + stage + " stage, which is a defect in Corroborate: " + e));
        }
    }

    private static void collect(Future<Outcome> future, List<ArticleFacts> articles, List<Problem> problems,
            StoryClusterer clusterer, PipelineListener listener) {
        Outcome outcome = await(future);
        if (outcome.problem() != null) {
            problems.add(outcome.problem());
            listener.problem(outcome.problem());
        } else {
            articles.add(outcome.facts());
            clusterer.add(outcome.profile());
            listener.article(outcome.facts());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
