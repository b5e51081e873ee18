package org.corroborate.eval.ecbplus;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.engine.reconcile.StoryReconciler;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;
import org.corroborate.model.StoryReport;

/**
 * Scores story clustering on ECB+ the way {@code analyze} would cluster it: every document of every topic goes
 * through the one pipeline {@code analyze} runs (ingest of the news-please JSON, cleaning, annotation with the
 * given analyzer, extraction, streaming clustering with {@link StoryClusterer#standard()}, reconciliation) in
 * one run, in the order {@code analyze} reads the folder, and the stories of that run are scored with BCubed
 * against the event folders. The clusterer sees only what {@code analyze} sees: the folder names serve to
 * score, and the corpus's {@code source_domain} (which repeats the file name) reaches no clustering feature.
 *
 * <p>The same articles can then be clustered again in other orders ({@link #recluster}), to show how much the
 * order of arrival moves the score. Documents whose text is empty are reported by the pipeline as problems and
 * are not scored, as {@code analyze} outputs no article for them.
 */
public final class EcbPlusEvaluation {

    /** One run: what the pipeline gave, and each scored article's event folder. */
    public record Run(Analysis analysis, Map<String, String> gold, int documents, long nanos) {

        public Run {
            gold = Map.copyOf(gold);
        }

        /** The BCubed score of the run's own stories, as {@code analyze --format json} lists them. */
        public BCubed.Score score() {
            Map<String, String> cluster = new HashMap<>();
            for (StoryReport story : analysis.stories()) {
                for (String id : story.articles()) {
                    cluster.put(id, story.id());
                }
            }
            return BCubed.score(cluster, gold);
        }
    }

    private EcbPlusEvaluation() {
    }

    /** Runs the pipeline over every document under {@code root}, in {@link EcbPlusCorpus#read} order. */
    public static Run run(Path root, LanguageAnalyzer analyzer, int threads) {
        List<EcbPlusDocument> documents = EcbPlusCorpus.read(root);
        Map<String, EcbPlusDocument> bySource = new HashMap<>();
        List<Input> inputs = new ArrayList<>();
        for (EcbPlusDocument d : documents) {
            Input input = Input.file(d.file());
            inputs.add(input);
            bySource.put(input.name(), d);
        }
        long start = System.nanoTime();
        Analysis analysis;
        try (Pipeline pipeline = new Pipeline(new Ingestor(IngestLimits.DEFAULT), new ArticleCleaner(Optional.empty()),
                new Annotator(analyzer).then(new FactExtractor()), StoryClusterer::standard, new StoryReconciler(), threads)) {
            analysis = pipeline.run(inputs, InputStream.nullInputStream(), PipelineListener.NONE);
        }
        long nanos = System.nanoTime() - start;
        Map<String, String> gold = new HashMap<>();
        for (ArticleFacts a : analysis.articles()) {
            EcbPlusDocument d = bySource.get(a.article().source());
            if (d == null) {
                throw new IllegalStateException("article " + a.article().id() + " came from " + a.article().source()
                        + ", which is no document of the corpus");
            }
            if (gold.put(a.article().id(), d.event()) != null) {
                throw new IllegalStateException("two documents gave article id " + a.article().id() + "; BCubed needs one item each");
            }
        }
        return new Run(analysis, gold, documents.size(), nanos);
    }

    /**
     * Clusters the run's articles again with a fresh clusterer from {@code clusterers}, in the order a random
     * shuffle with {@code seed} gives, and scores the stories.
     */
    public static BCubed.Score recluster(Run run, Supplier<StoryClusterer> clusterers, long seed) {
        List<ArticleFacts> articles = new ArrayList<>(run.analysis().articles());
        Collections.shuffle(articles, new Random(seed));
        StoryClusterer clusterer = clusterers.get();
        articles.forEach(clusterer::add);
        return BCubed.score(storyOf(clusterer.stories()), run.gold());
    }

    /** Each article's story, by id: the clustering BCubed scores. */
    public static Map<String, String> storyOf(List<Story> stories) {
        Map<String, String> cluster = new HashMap<>();
        for (Story story : stories) {
            for (ArticleFacts a : story.articles()) {
                cluster.put(a.article().id(), story.id());
            }
        }
        return cluster;
    }
}
