package org.corroborate.engine.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph rewrite, on a model written here field by field and on the e5-small-v2 model the resolver loads. */
class OnnxOutputsTest {

    @Test
    void onlyTheNodesAndWeightsThatLeadToTheKeptOutputStay() {
        // x = Relu(input); y = Add(x, bias); z = Neg(input): keeping y keeps Relu, Add and the bias, not Neg or its weight.
        byte[] graph = concat(
                node("relu_node", List.of("input"), "x"),
                node("add_node", List.of("x", "bias"), "y"),
                node("neg_node", List.of("input", "unused_weight"), "z"),
                field(5, field(8, "bias")),
                field(5, field(8, "unused_weight")),
                field(11, field(1, "input")),
                field(12, field(1, "z")));
        byte[] model = concat(varintField(1, 8), field(7, graph));

        String kept = latin1(OnnxOutputs.keepOnly(model, List.of("y")));

        assertThat(kept).contains("relu_node", "add_node", "bias", "input").doesNotContain("neg_node", "unused_weight");
        assertThat(kept).as("the old output z").doesNotContain(latin1(field(12, field(1, "z"))))
                .contains(latin1(field(1, "y")));
        assertThat(kept).startsWith(latin1(varintField(1, 8)));
    }

    @Test
    void theEncoderReadForItsFirstLayerKeepsThatLayersWeightsOnly() throws IOException {
        byte[] model;
        try (InputStream in = OnnxOutputsTest.class.getResourceAsStream("/e5-small-v2-q.onnx")) {
            assertThat(in).as("e5-small-v2 on the classpath").isNotNull();
            model = in.readAllBytes();
        }
        byte[] first = OnnxOutputs.keepOnly(model, List.of("/encoder/layer.0/attention/self/Softmax_output_0"));
        String text = latin1(first);

        // The word embeddings stay (about 12 MB of 34); eleven layers go.
        assertThat(first.length).isLessThan(model.length / 2);
        assertThat(text).contains("encoder.layer.0.attention.self.query.bias")
                .doesNotContain("encoder.layer.0.output.dense.bias", "encoder.layer.1.");
    }

    @Test
    void anOutputTheModelDoesNotComputeIsRefused() {
        byte[] model = field(7, node("relu_node", List.of("input"), "x"));
        assertThatThrownBy(() -> OnnxOutputs.keepOnly(model, List.of("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void bytesThatAreNoModelAreRefused() {
        byte[] model = concat(varintField(1, 8), field(7, node("relu_node", List.of("input"), "x")));
        assertThatThrownBy(() -> OnnxOutputs.keepOnly(Arrays.copyOf(model, model.length - 3), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an ONNX model");
        assertThatThrownBy(() -> OnnxOutputs.keepOnly(varintField(1, 8), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an ONNX model: no graph");
    }

    /** A GraphProto {@code node} field: a NodeProto with inputs (1), one output (2) and a name (3). */
    private static byte[] node(String name, List<String> inputs, String output) {
        ByteArrayOutputStream node = new ByteArrayOutputStream();
        for (String input : inputs) {
            node.writeBytes(field(1, input));
        }
        node.writeBytes(field(2, output));
        node.writeBytes(field(3, name));
        return field(1, node.toByteArray());
    }

    private static byte[] field(int number, String value) {
        return field(number, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] field(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        int length = value.length;
        while (length >= 0x80) {
            out.write(length & 0x7F | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] varintField(int number, int value) {
        return new byte[] {(byte) (number << 3), (byte) value};
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
