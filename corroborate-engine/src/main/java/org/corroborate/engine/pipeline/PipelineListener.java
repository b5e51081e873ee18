package org.corroborate.engine.pipeline;

import org.corroborate.engine.ingest.Input;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Skipped;
import org.corroborate.model.StoryReport;

/**
 * Hears what a run does, always from the thread that called {@link Pipeline#run}, in input order, so an
 * implementation needs no locking. A listener that throws stops the run.
 */
public interface PipelineListener {

    PipelineListener NONE = new PipelineListener() {
    };

    /** The run is about to read {@code inputs} inputs. */
    default void started(int inputs) {
    }

    /** Every document of {@code input} has been handled. */
    default void inputDone(Input input) {
    }

    /** One article is fully extracted. */
    default void article(ArticleFacts article) {
    }

    default void problem(Problem problem) {
    }

    /** Parts of an input were deliberately left out (a web archive's non-HTML records); not a problem. */
    default void skipped(Skipped skipped) {
    }

    /** One story is reconciled; called after every article has been reported. */
    default void story(StoryReport story) {
    }

    /** This listener, then {@code next}, for every event. */
    default PipelineListener andThen(PipelineListener next) {
        PipelineListener first = this;
        return new PipelineListener() {
            @Override
            public void started(int inputs) {
                first.started(inputs);
                next.started(inputs);
            }

            @Override
            public void inputDone(Input input) {
                first.inputDone(input);
                next.inputDone(input);
            }

            @Override
            public void article(ArticleFacts article) {
                first.article(article);
                next.article(article);
            }

            @Override
            public void problem(Problem problem) {
                first.problem(problem);
                next.problem(problem);
            }

            @Override
            public void skipped(Skipped skipped) {
                first.skipped(skipped);
                next.skipped(skipped);
            }

            @Override
            public void story(StoryReport story) {
                first.story(story);
                next.story(story);
            }
        };
    }
}
