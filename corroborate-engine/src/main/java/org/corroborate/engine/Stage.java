package org.corroborate.engine;

/**
 * One step of the data flow: a function from one record to the next.
 *
 * <p>A stage is built once, with whatever models and settings it needs, and is then stateless and safe to
 * call from many threads at once. Outcomes that are expected for some inputs (an unreadable file, a page with
 * no article) are values of {@code O}, not exceptions; an exception means a defect or a resource failure.
 */
@FunctionalInterface
public interface Stage<I, O> {

    O apply(I input);

    default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
        return input -> next.apply(apply(input));
    }
}
