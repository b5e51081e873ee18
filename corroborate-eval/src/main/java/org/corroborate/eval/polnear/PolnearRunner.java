package org.corroborate.eval.polnear;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.eval.Parallel;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Document;
import org.corroborate.model.Entity;
import org.corroborate.model.Extracted;
import org.corroborate.model.Ingested;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;

/**
 * Runs Corroborate's own path over PolNeAR articles and scores its quotations against the annotated
 * attributions: each article's text is ingested as a plain-text file, cleaned, annotated with the given
 * {@link LanguageAnalyzer} and extracted, exactly as {@code corroborate analyze FILE.txt} does; what is scored is
 * what that command's JSON gives for each quotation ({@link PredictedQuote}).
 *
 * <p>Articles run in parallel on a fixed pool; the analyzer must be thread-safe, as the engine requires. Run it as
 * a program (CoreNLP must be on the class path; it is not a dependency of this module) with
 * <pre>{@code
 * mvn -q -pl corroborate-eval -am test-compile
 * java -cp "$(cat cp.txt)" org.corroborate.eval.polnear.PolnearRunner [data-folder] [--threads N] [--errors]
 * }</pre>
 * where {@code cp.txt} holds the eval module's test class path ({@code mvn -pl corroborate-eval
 * dependency:build-classpath -Dmdep.outputFile=cp.txt} plus its {@code target/classes}); {@code --errors} lists
 * every missed direct quotation, wrong speaker and unmatched quotation.
 */
public final class PolnearRunner {

    /** The compartments development is measured on; {@code test} is held out. */
    public static final Set<String> DEVELOPMENT = Set.of("train", "dev");

    /** One article's analysis and its score. */
    public record ArticleRun(List<Quote> quotes, List<Entity> entities, AttributionScorer.Result result) {

        public ArticleRun {
            quotes = List.copyOf(quotes);
            entities = List.copyOf(entities);
        }
    }

    /** The outcome of one run over many articles. */
    public record Evaluation(AttributionScores scores, List<ArticleRun> articles, double seconds) {

        public Evaluation {
            articles = List.copyOf(articles);
        }
    }

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);
    private final ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());
    private final Annotator annotator;
    private final FactExtractor extractor = new FactExtractor();
    private final AttributionScorer scorer = new AttributionScorer();

    public PolnearRunner(LanguageAnalyzer analyzer) {
        this.annotator = new Annotator(analyzer);
    }

    public Evaluation run(List<PolnearArticle> articles, int threads) {
        long start = System.nanoTime();
        List<ArticleRun> runs = Parallel.map(articles, threads, "a PolNeAR article", this::run);
        AttributionScores total = AttributionScores.NONE;
        for (ArticleRun r : runs) {
            total = total.plus(r.result().scores());
        }
        return new Evaluation(total, runs, (System.nanoTime() - start) / 1e9);
    }

    /** Analyses one article as {@code analyze} would its {@code .txt} file, and scores it. */
    public ArticleRun run(PolnearArticle gold) {
        List<Ingested> ingested = new ArrayList<>();
        ingestor.ingest(gold.name() + ".txt", gold.text().getBytes(StandardCharsets.UTF_8), ingested::add);
        if (ingested.size() != 1 || !(ingested.get(0) instanceof Document document)) {
            throw new IllegalStateException("PolNeAR " + gold.name() + " did not ingest as one document: " + ingested);
        }
        Extracted extracted = cleaner.apply(document);
        if (!(extracted instanceof Article article)) {
            throw new IllegalStateException("PolNeAR " + gold.name() + " was not taken for an article: " + extracted);
        }
        if (!article.text().equals(gold.text())) {
            throw new IllegalStateException("PolNeAR " + gold.name() + ": the plain-text article's text is not the file"
                    + " verbatim, so the annotation's offsets would not hold");
        }
        ArticleFacts facts = extractor.apply(annotator.apply(article));
        List<PredictedQuote> predicted = facts.quotes().stream().map(q -> predicted(q, facts.annotated().entities())).toList();
        return new ArticleRun(facts.quotes(), facts.annotated().entities(), scorer.score(gold, predicted));
    }

    /** What the JSON contract gives of {@code q}: its span, its speaker's span, the speaker entity's mentions. */
    static PredictedQuote predicted(Quote q, List<Entity> entities) {
        Optional<Span> speaker = q.speaker().map(s -> s.span());
        List<Span> mentions = q.speaker().flatMap(s -> s.entity())
                .flatMap(id -> entities.stream().filter(e -> e.id().equals(id)).findFirst())
                .map(e -> e.mentions().stream().map(Mention::span).toList()).orElse(List.of());
        return new PredictedQuote(q.span(), speaker, mentions);
    }

    /** Every missed direct quotation, wrong speaker and unmatched quotation, one a line. */
    public static void printErrors(Evaluation evaluation, PrintStream out) {
        for (ArticleRun run : evaluation.articles()) {
            AttributionScorer.Result r = run.result();
            String text = r.article().text();
            String name = r.article().name();
            List<GoldAttribution> gold = r.article().attributions();
            for (int g = 0; g < gold.size(); g++) {
                GoldAttribution a = gold.get(g);
                String kind = a.isDirect(text) ? "direct" : "other";
                Optional<PredictedQuote> match = r.matchFor().get(g);
                if (match.isEmpty()) {
                    out.println("MISS " + kind + "\t" + name + "\t" + a.contentCover() + "\t" + clip(text, a.contentCover())
                            + "\t| source: " + a.source().stream().map(s -> s.of(text)).toList()
                            + "\t| cue: " + a.cue().stream().map(s -> s.of(text)).toList()
                            + "\t| nearest: " + nearest(run, a, text));
                } else if (a.isDirect(text) && !a.source().isEmpty() && !AttributionScorer.speakerRight(a, match.get())) {
                    out.println("SPEAKER\t" + name + "\t" + clip(text, a.contentCover()) + "\t| gold: "
                            + a.source().stream().map(s -> s.of(text)).toList() + "\t| ours: "
                            + match.get().speaker().map(s -> s.of(text)).orElse("none"));
                }
            }
            for (int p = 0; p < r.predicted().size(); p++) {
                if (r.matchOf().get(p).isEmpty()) {
                    Quote q = run.quotes().get(p);
                    out.println("SPURIOUS " + q.kind().label() + "\t" + name + "\t" + q.span() + "\t" + clip(text, q.span())
                            + "\t| speaker: " + q.speaker().map(s -> s.text()).orElse("none")
                            + "\t| cue: " + q.cue().map(c -> c.text()).orElse("none"));
                }
            }
        }
    }

    /** The quotation overlapping {@code a}'s content most, with the share of their union they share. */
    private static String nearest(ArticleRun run, GoldAttribution a, String text) {
        Quote best = null;
        double ratio = 0;
        for (Quote q : run.quotes()) {
            int overlap = a.contentOverlap(q.span());
            double r = (double) overlap / (a.contentLength() + q.span().length() - overlap);
            if (overlap > 0 && r > ratio) {
                best = q;
                ratio = r;
            }
        }
        return best == null ? "none" : String.format(Locale.ROOT, "%s %.2f %s %s", best.kind().label(), ratio,
                best.span(), clip(text, best.span()));
    }

    private static String clip(String text, Span span) {
        String s = span.of(text).replace('\n', ' ');
        return s.length() <= 160 ? s : s.substring(0, 100) + " … " + s.substring(s.length() - 50);
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared").resolve(PolnearReader.DATA);
        int threads = Runtime.getRuntime().availableProcessors();
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--errors" -> errors = true;
                default -> data = Path.of(args[i]);
            }
        }
        LanguageAnalyzer analyzer;
        try {
            analyzer = (LanguageAnalyzer) Class.forName("org.corroborate.corenlp.CoreNlpAnalyzer")
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            System.err.println("CoreNLP is not on the class path: add corroborate-corenlp and its dependencies"
                    + " (the eval module's test class path has them)");
            System.exit(2);
            return;
        }
        List<PolnearArticle> articles = new PolnearReader().read(data, DEVELOPMENT);
        Evaluation evaluation = new PolnearRunner(analyzer).run(articles, threads);
        if (errors) {
            printErrors(evaluation, System.out);
        }
        System.out.printf(Locale.ROOT, "PolNeAR train+dev, %d articles, %.0f s on %d threads:%n%s%n", articles.size(),
                evaluation.seconds(), threads, evaluation.scores().report());
    }
}
