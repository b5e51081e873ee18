package org.corroborate.app;

import org.corroborate.corenlp.CoreNlpAnalyzer;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.reconcile.StoryReconciler;

/**
 * Assembles the engine's stages into the pipeline the application runs. The CoreNLP models load once per
 * process, on first use, and are shared by every pipeline built afterwards.
 */
public final class StandardPipeline {

    private static volatile LanguageAnalyzer analyzer;

    private StandardPipeline() {
    }

    /** The process's CoreNLP analyzer, loaded on the first call (a few seconds). */
    public static LanguageAnalyzer analyzer() {
        LanguageAnalyzer a = analyzer;
        if (a == null) {
            synchronized (StandardPipeline.class) {
                a = analyzer;
                if (a == null) {
                    a = new CoreNlpAnalyzer();
                    analyzer = a;
                }
            }
        }
        return a;
    }

    public static Pipeline build(AnalysisOptions options) {
        return build(options, analyzer());
    }

    public static Pipeline build(AnalysisOptions options, LanguageAnalyzer analyzer) {
        Annotator annotator = new Annotator(analyzer);
        FactExtractor extractor = new FactExtractor();
        return new Pipeline(
                new Ingestor(options.limits()),
                new ArticleCleaner(options.published()),
                annotator.then(extractor),
                () -> StoryClusterer.standard(options.clusterThreshold()),
                new StoryReconciler(),
                options.threads());
    }
}
