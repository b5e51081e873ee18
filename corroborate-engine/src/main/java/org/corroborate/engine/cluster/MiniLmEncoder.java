package org.corroborate.engine.cluster;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions), run in-process on ONNX Runtime from the
 * model file inside the langchain4j jar: nothing is downloaded. On first use in a process the DJL tokenizer
 * unpacks its native library under {@code ~/.djl.ai}. Loading takes about a second and 25 MB of heap, so the
 * process shares one instance ({@link #shared()}); encoding a 60-word lead takes about 10 ms on one core.
 *
 * <p>Chosen in DESIGN.md over bge-small and e5-small for separating paraphrase from unrelated text. Inputs
 * longer than the model's 256 word pieces are embedded in parts and averaged by langchain4j; the clusterer
 * gives it only an article's lead. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private static volatile MiniLmEncoder shared;

    /** DJL's logger that warns, on every start without a GPU, that it found none; a CPU is all we use. */
    private static final String GPU_LOGGER = "org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder() {
        if (System.getProperty(GPU_LOGGER) == null) {
            System.setProperty(GPU_LOGGER, "error");
        }
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The process's encoder, loaded on the first call. */
    public static MiniLmEncoder shared() {
        MiniLmEncoder e = shared;
        if (e == null) {
            synchronized (MiniLmEncoder.class) {
                e = shared;
                if (e == null) {
                    e = new MiniLmEncoder();
                    shared = e;
                }
            }
        }
        return e;
    }

    @Override
    public Embedding encode(String text) {
        return new Embedding(model.embed(text.isBlank() ? "." : text).content().vector());
    }

    @Override
    public String describe() {
        return "all-MiniLM-L6-v2 (quantized, ONNX, langchain4j 1.20.0-beta30)";
    }
}
