package org.corroborate.eval.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.annotate.entity.EntityResolver;
import org.corroborate.engine.annotate.entity.PronounChoice;
import org.corroborate.engine.annotate.entity.PronounWeights;
import org.corroborate.eval.LinearSystems;
import org.corroborate.eval.Parallel;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.Span;

/**
 * Fits the entity resolver's {@link PronounWeights} on GAP: a conditional logit (McFadden 1974) over each GAP
 * pronoun's candidates as the resolver sees them, the candidate holding the gold name as the outcome, with an L2
 * penalty, solved by Newton's method. Only examples whose gold name is among the candidates teach anything;
 * "neither" examples and those whose gold name the resolver never offers are left out.
 *
 * <p>A pronoun's cues depend on the choices made before it (a pronoun joined to a name adds to its mentions), and
 * so on the weights: each fit collects the choices under the weights of the round before and fits again,
 * {@link #ROUNDS} times, starting from Lappin and Leass's salience alone ({@link #START}), so that a refit does
 * not depend on the weights it replaces.
 *
 * <p>{@link #run} reports what matters for held-out data: weights fitted on the development file alone, scored on
 * development (in sample) and on validation (held out), then weights fitted on both, scored in sample; the last are
 * what the resolver ships. Tagging is done once ({@link #tag}); each round resolves every snippet again, in
 * parallel. Thread-safe when its analyzer is.
 */
public final class PronounWeightFitter {

    /** The L2 penalty per choice set: chosen by the development-to-validation score among 0.0003 to 0.03. */
    public static final double L2 = 0.001;
    static final int ROUNDS = 3;
    /** The weights the first round resolves with: Lappin and Leass's salience (1994), every other cue 0. */
    static final PronounWeights START = start();
    private static final int NEWTON_STEPS = 50;

    /** One snippet with its analysis (tokens, sentences) done once; entities are resolved again per fit. */
    public record Tagged(GapExample example, AnnotatedArticle annotated) {
    }

    /** A pronoun's candidates' cues and which candidate holds the gold name. */
    record ChoiceSet(double[][] cues, int gold) {
    }

    /** The outcome of {@link #run}: the shipped weights and the scores behind them. */
    public record Result(PronounWeights weights, String report) {
    }

    private final LanguageAnalyzer analyzer;
    private final int threads;

    /** A fitter that tags and resolves {@code threads} examples at a time. */
    public PronounWeightFitter(LanguageAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** Cleans and analyses every snippet as {@link GapRunner} does. */
    public List<Tagged> tag(List<GapExample> examples) {
        GapRunner runner = new GapRunner(analyzer);
        return Parallel.map(examples, threads, "a GAP example", e -> new Tagged(e, runner.annotate(e)
                .orElseThrow(() -> new IllegalStateException(e.id() + " is not read as an article"))));
    }

    /** Fits on {@code development}, scores it and {@code validation}; then fits on both. */
    public Result run(List<Tagged> development, List<Tagged> validation) {
        PronounWeights dev = fit(development);
        PronounWeights all = fit(concat(development, validation));
        String report = String.join("\n",
                "fitted on development, scored on development (in sample):",
                evaluate(development, dev).report(),
                "fitted on development, scored on validation (held out):",
                evaluate(validation, dev).report(),
                "fitted on development + validation, scored on both (in sample; these weights ship):",
                evaluate(concat(development, validation), all).report());
        return new Result(all, report);
    }

    /** Weights fitted on {@code data}, {@link #ROUNDS} rounds from {@link #START}. */
    public PronounWeights fit(List<Tagged> data) {
        PronounWeights w = START;
        for (int round = 0; round < ROUNDS; round++) {
            w = fit(choices(data, w), L2);
        }
        return w;
    }

    /** What {@code weights} decide on {@code data}, scored as {@link GapRunner} scores. */
    public GapRunner.Evaluation evaluate(List<Tagged> data, PronounWeights weights) {
        EntityResolver resolver = new EntityResolver(analyzer.lexicon(), weights);
        return new GapRunner.Evaluation(Parallel.map(data, threads, "a GAP example", t -> {
            AnnotatedArticle a = t.annotated();
            List<Entity> entities = resolver.resolve(a.article().text(), a.sentences(), a.tokens());
            AnnotatedArticle again = new AnnotatedArticle(a.article(), a.sentences(), a.tokens(), entities, a.times());
            return GapRunner.decide(t.example(), again);
        }));
    }

    /** The choice sets of the GAP pronouns of {@code data} under {@code weights}. */
    List<ChoiceSet> choices(List<Tagged> data, PronounWeights weights) {
        EntityResolver resolver = new EntityResolver(analyzer.lexicon(), weights);
        return Parallel.map(data, threads, "a GAP example", t -> choice(t, resolver)).stream()
                .flatMap(Optional::stream).toList();
    }

    /** The choice set of {@code t}'s pronoun; empty if the gold says neither name or no candidate holds it. */
    private static Optional<ChoiceSet> choice(Tagged t, EntityResolver resolver) {
        GapExample e = t.example();
        if (!e.a().coref() && !e.b().coref()) {
            return Optional.empty();
        }
        Span gold = e.a().coref() ? e.a().span() : e.b().span();
        AnnotatedArticle a = t.annotated();
        List<PronounChoice> seen = new ArrayList<>();
        resolver.resolve(a.article().text(), a.sentences(), a.tokens(), c -> {
            if (c.pronoun().overlaps(e.pronoun())) {
                seen.add(c);
            }
        });
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        PronounChoice c = seen.get(0);
        int goldIndex = -1;
        double[][] cues = new double[c.candidates().size()][];
        for (int i = 0; i < cues.length; i++) {
            PronounChoice.Candidate candidate = c.candidates().get(i);
            cues[i] = candidate.cues().stream().mapToDouble(Double::doubleValue).toArray();
            if (candidate.mentions().stream().anyMatch(m -> m.overlaps(gold))) {
                goldIndex = i;
            }
        }
        return goldIndex >= 0 ? Optional.of(new ChoiceSet(cues, goldIndex)) : Optional.empty();
    }

    /**
     * The weights maximising the conditional log-likelihood of {@code data} less {@code l2 * n / 2 * |w|^2}, by
     * Newton's method from zero (the objective is concave, so the start does not matter).
     */
    static PronounWeights fit(List<ChoiceSet> data, double l2) {
        int k = PronounWeights.cueNames().size();
        double[] w = new double[k];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (ChoiceSet cs : data) {
                accumulate(cs, w, gradient, hessian);
            }
            double lambda = l2 * data.size();
            for (int j = 0; j < k; j++) {
                gradient[j] -= lambda * w[j];
                hessian[j][j] += lambda;
            }
            double[] delta = LinearSystems.solve(hessian, gradient);
            double norm = 0;
            for (int j = 0; j < k; j++) {
                w[j] += delta[j];
                norm += delta[j] * delta[j];
            }
            if (norm < 1e-12) {
                break;
            }
        }
        List<Double> values = new ArrayList<>();
        for (double v : w) {
            values.add(Math.round(v * 10000) / 10000.0);
        }
        return new PronounWeights(values);
    }

    /** Adds one choice set's gradient and (negated) Hessian of the log-likelihood at {@code w}. */
    private static void accumulate(ChoiceSet cs, double[] w, double[] gradient, double[][] hessian) {
        int n = cs.cues().length;
        int k = w.length;
        double[] p = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < k; j++) {
                p[c] += w[j] * cs.cues()[c][j];
            }
            max = Math.max(max, p[c]);
        }
        double z = 0;
        for (int c = 0; c < n; c++) {
            p[c] = Math.exp(p[c] - max);
            z += p[c];
        }
        double[] mean = new double[k];
        for (int c = 0; c < n; c++) {
            p[c] /= z;
            for (int j = 0; j < k; j++) {
                mean[j] += p[c] * cs.cues()[c][j];
            }
        }
        for (int j = 0; j < k; j++) {
            gradient[j] += cs.cues()[cs.gold()][j] - mean[j];
        }
        for (int c = 0; c < n; c++) {
            for (int a = 0; a < k; a++) {
                double da = cs.cues()[c][a] - mean[a];
                if (da != 0) {
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += p[c] * da * (cs.cues()[c][b] - mean[b]);
                    }
                }
            }
        }
    }

    private static PronounWeights start() {
        List<Double> values = new ArrayList<>();
        for (String cue : PronounWeights.cueNames()) {
            values.add(cue.equals("LAPPIN_LEASS") ? 1.0 : 0.0);
        }
        return new PronounWeights(values);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
