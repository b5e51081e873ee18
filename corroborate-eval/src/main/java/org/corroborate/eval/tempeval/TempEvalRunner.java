package org.corroborate.eval.tempeval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.engine.annotate.time.TimeTagger;
import org.corroborate.engine.clean.PlainTextCleaner;
import org.corroborate.model.Block;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;

/**
 * Scores Corroborate's {@link TimeTagger} on TempEval-3 TimeML: each document's text is tagged with its creation
 * time as the publication date, and the result is scored with {@link TimexScorer}.
 *
 * <p>Two ways to give the tagger the text: {@link Regions#ARTICLE_BODY} first runs the text through
 * {@link PlainTextCleaner} and tags only its body blocks, as {@code corroborate analyze} does with a plain-text
 * input and {@code --published}; {@link Regions#WHOLE_TEXT} tags the text as one region. Thread-safe.
 *
 * <p>Run it on the development data (TBAQ-cleaned) with
 * <pre>{@code
 * mvn -q -pl corroborate-eval -am compile
 * java -cp corroborate-eval/target/classes:corroborate-engine/target/classes:corroborate-model/target/classes \
 *     org.corroborate.eval.tempeval.TempEvalRunner [folder] [--errors]
 * }</pre>
 * The folder defaults to TBAQ-cleaned's AQUAINT and TimeBank parts under {@code ../shared}; {@code --errors}
 * lists every missed, spurious and wrongly valued expression.
 */
public final class TempEvalRunner {

    /** Where TBAQ-cleaned lies inside {@code ../shared}. */
    public static final String TBAQ = "data/tempeval3/data/TempEval3/Training/TBAQ-cleaned";
    /** Its two corpora; its {@code testpipeline} folder repeats one TimeBank file and is left out. */
    public static final List<String> TBAQ_PARTS = List.of("AQUAINT", "TimeBank");

    /** Which parts of a document's text the tagger sees. */
    public enum Regions {
        WHOLE_TEXT, ARTICLE_BODY
    }

    /** The outcome of one run. */
    public record Evaluation(TimexScores scores, List<TimexScorer.DocumentResult> documents, List<TimeMlDocument> inputs,
            long words, long taggingNanos) {

        public Evaluation {
            documents = List.copyOf(documents);
            inputs = List.copyOf(inputs);
        }

        /**
         * Words (white-space separated) tagged per second of the tagging thread's CPU time, which other
         * processes on the machine do not distort as they do wall-clock time.
         */
        public double wordsPerSecond() {
            return taggingNanos == 0 ? 0 : words * 1e9 / taggingNanos;
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final TimeTagger tagger;
    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final TimexScorer scorer = new TimexScorer();

    public TempEvalRunner(TimeTagger tagger) {
        this.tagger = tagger;
    }

    public Evaluation run(List<TimeMlDocument> documents, Regions regions) {
        TimexScores total = TimexScores.NONE;
        List<TimexScorer.DocumentResult> results = new ArrayList<>();
        long words = 0;
        long nanos = 0;
        for (TimeMlDocument d : documents) {
            List<Span> spans = regions == Regions.WHOLE_TEXT
                    ? List.of(new Span(0, d.text().length()))
                    : cleaner.clean(d.text()).blocks().stream().filter(b -> b.kind().isBody()).map(Block::span).toList();
            long start = CPU.getCurrentThreadCpuTime();
            List<TimeExpression> found = tagger.tag(d.text(), spans, d.creationTime());
            nanos += CPU.getCurrentThreadCpuTime() - start;
            words += d.text().split("\\s+").length;
            TimexScorer.DocumentResult r = scorer.score(d.timexes(), found);
            results.add(r);
            total = total.plus(r.scores());
        }
        return new Evaluation(total, results, documents, words, nanos);
    }

    /** Every TimeML document of TBAQ-cleaned's AQUAINT and TimeBank parts under {@code tbaq}. */
    public static List<TimeMlDocument> readTbaq(Path tbaq) {
        TimeMlReader reader = new TimeMlReader();
        List<TimeMlDocument> all = new ArrayList<>();
        for (String part : TBAQ_PARTS) {
            all.addAll(reader.readAll(tbaq.resolve(part)));
        }
        return all;
    }

    /** Lists the misses, the spurious expressions and the wrong values of a run. */
    public static void printErrors(Evaluation e, PrintStream out) {
        for (int i = 0; i < e.inputs().size(); i++) {
            TimeMlDocument d = e.inputs().get(i);
            String dct = d.creationTime().map(Object::toString).orElse("none");
            TimexScorer.DocumentResult r = e.documents().get(i);
            for (TimexScorer.Match m : r.matches()) {
                GoldTimex g = m.gold();
                if (m.system().isEmpty()) {
                    out.printf(Locale.ROOT, "MISS\t%s\t%s\t%s\t%s\t%s%n", d.id(), dct, g.value(), g.text(), context(d.text(), g.span()));
                } else if (!m.system().get().value().equals(g.value())) {
                    TimeExpression s = m.system().get();
                    out.printf(Locale.ROOT, "VALUE\t%s\t%s\tgold %s\tours %s\t%s | %s\t%s%n", d.id(), dct, g.value(), s.value(),
                            g.text(), s.text(), context(d.text(), g.span()));
                } else if (!m.system().get().span().equals(g.span())) {
                    out.printf(Locale.ROOT, "SPAN\t%s\t%s\t%s | %s%n", d.id(), dct, g.text(), m.system().get().text());
                }
            }
            for (TimeExpression s : r.spurious()) {
                out.printf(Locale.ROOT, "EXTRA\t%s\t%s\t%s\t%s\t%s%n", d.id(), dct, s.value(), s.text(), context(d.text(), s.span()));
            }
        }
    }

    private static String context(String text, Span span) {
        int from = Math.max(0, span.start() - 60);
        int to = Math.min(text.length(), span.end() + 40);
        return (text.substring(from, span.start()) + "[" + span.of(text) + "]" + text.substring(span.end(), to))
                .replaceAll("\\s+", " ");
    }

    public static void main(String[] args) {
        Path folder = null;
        boolean errors = false;
        for (String a : args) {
            if (a.equals("--errors")) {
                errors = true;
            } else if (a.startsWith("--")) {
                System.err.println("unknown option " + a + "; usage: TempEvalRunner [folder] [--errors]");
                System.exit(2);
            } else {
                folder = Path.of(a);
            }
        }
        List<TimeMlDocument> docs;
        if (folder == null) {
            Path tbaq = Path.of(System.getProperty("corroborate.shared", "../shared")).resolve(TBAQ);
            if (!Files.isDirectory(tbaq)) {
                System.err.println("no TempEval-3 data at " + tbaq.toAbsolutePath() + ": name a folder of .tml files");
                System.exit(2);
            }
            docs = readTbaq(tbaq);
        } else {
            docs = new TimeMlReader().readAll(folder);
        }
        TempEvalRunner runner = new TempEvalRunner(new TimeTagger());
        for (Regions regions : Regions.values()) {
            Evaluation e = runner.run(docs, regions);
            System.out.printf(Locale.ROOT, "== %s: %d documents, %d words, tagged at %.0f words per CPU-second%n%s%n", regions,
                    docs.size(), e.words(), e.wordsPerSecond(), e.scores().report());
            if (errors && regions == Regions.WHOLE_TEXT) {
                printErrors(e, System.out);
            }
        }
    }
}
