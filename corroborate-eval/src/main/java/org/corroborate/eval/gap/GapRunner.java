package org.corroborate.eval.gap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.eval.Parallel;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.Entity;
import org.corroborate.model.Extracted;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;

/**
 * Runs GAP snippets through Corroborate as {@code analyze} runs a plain-text input (the snippet verbatim as the
 * article text, cleaned, then annotated with the given analyzer) and reads the answer off the entities: a name
 * is linked to the pronoun when the entity holding the pronoun's mention also holds a mention overlapping the
 * name. A pronoun no entity holds links to neither name. Thread-safe when its analyzer is.
 */
public final class GapRunner {

    /** What was decided for one example, and from which entity. */
    public record Decision(GapExample example, boolean a, boolean b, Optional<Entity> entity) {
    }

    /** The decisions of a run and their scores. */
    public record Evaluation(List<Decision> decisions) {

        public Evaluation {
            decisions = List.copyOf(decisions);
        }

        public GapScores overall() {
            return scores(null);
        }

        /** The scores of the examples whose pronoun has {@code gender}. */
        public GapScores scores(GapExample.Gender gender) {
            GapScores s = GapScores.NONE;
            for (Decision d : decisions) {
                if (gender == null || d.example().gender() == gender) {
                    s = s.plus(d.example().a().coref(), d.a()).plus(d.example().b().coref(), d.b());
                }
            }
            return s;
        }

        /** GAP's bias measure: feminine F1 over masculine F1 (1 is unbiased); 0 when masculine F1 is 0. */
        public double bias() {
            double m = scores(GapExample.Gender.MASCULINE).f1();
            return m == 0 ? 0 : scores(GapExample.Gender.FEMININE).f1() / m;
        }

        public String report() {
            return String.join("\n", overall().report("Overall"),
                    scores(GapExample.Gender.MASCULINE).report("Masculine"),
                    scores(GapExample.Gender.FEMININE).report("Feminine"),
                    String.format(Locale.ROOT, "Bias (F/M) %.3f", bias()));
        }
    }

    private final ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());
    private final Annotator annotator;

    public GapRunner(LanguageAnalyzer analyzer) {
        this.annotator = new Annotator(analyzer);
    }

    /** Decides every example, {@code threads} at a time; the decisions come back in the examples' order. */
    public Evaluation run(List<GapExample> examples, int threads) {
        return new Evaluation(Parallel.map(examples, threads, "a GAP example", this::decide));
    }

    public Decision decide(GapExample example) {
        return annotate(example).map(a -> decide(example, a))
                .orElseGet(() -> new Decision(example, false, false, Optional.empty()));
    }

    /** The snippet cleaned and annotated as {@code analyze} would a plain-text file; empty if it is no article. */
    public Optional<AnnotatedArticle> annotate(GapExample example) {
        Extracted extracted = cleaner.apply(Document.text(example.id(), example.text()));
        return extracted instanceof Article article ? Optional.of(annotator.apply(article)) : Optional.empty();
    }

    /** The decision {@code annotated}'s entities give for {@code example}. */
    static Decision decide(GapExample example, AnnotatedArticle annotated) {
        for (Entity e : annotated.entities()) {
            boolean holdsPronoun = e.mentions().stream()
                    .anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.span().overlaps(example.pronoun()));
            if (holdsPronoun) {
                return new Decision(example, holds(e, example.a().span()), holds(e, example.b().span()), Optional.of(e));
            }
        }
        return new Decision(example, false, false, Optional.empty());
    }

    private static boolean holds(Entity e, Span name) {
        for (Mention m : e.mentions()) {
            if (m.kind() != MentionKind.PRONOUN && m.span().overlaps(name)) {
                return true;
            }
        }
        return false;
    }
}
