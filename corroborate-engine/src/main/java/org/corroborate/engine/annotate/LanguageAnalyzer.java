package org.corroborate.engine.annotate;

import java.util.List;
import org.corroborate.model.Span;

/**
 * The port to a statistical NLP toolkit: tokens, sentences, part-of-speech tags, lemmas and named-entity
 * classes. Everything built on them (entities, epithets, time values, quotations, claims) is Corroborate's
 * own.
 *
 * <p>Implementations load their models once and are thread-safe: {@link #analyze} is called from many threads
 * at once.
 */
public interface LanguageAnalyzer {

    /**
     * Tokenizes, splits and tags each region of {@code text} on its own, so that no sentence crosses a region.
     * Token spans are offsets into {@code text}, in order.
     */
    List<TaggedSentence> analyze(String text, List<Span> regions);

    /** A short name for messages and benchmarks: the toolkit and its models. */
    String describe();

    /** What the toolkit knows about words beyond tagging them; by default nothing. */
    default Lexicon lexicon() {
        return Lexicon.NONE;
    }
}
