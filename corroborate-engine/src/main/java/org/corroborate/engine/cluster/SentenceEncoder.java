package org.corroborate.engine.cluster;

/**
 * Turns a passage into an {@link Embedding}, so that passages of like meaning get a high cosine. The port
 * between clustering and a model: {@link MiniLmEncoder} in production, anything deterministic in tests.
 * Implementations are thread-safe.
 */
public interface SentenceEncoder {

    /** The embedding of {@code text}; a long text may be cut to what the model reads. */
    Embedding encode(String text);

    /** What model this is, for logs and benchmarks. */
    String describe();
}
