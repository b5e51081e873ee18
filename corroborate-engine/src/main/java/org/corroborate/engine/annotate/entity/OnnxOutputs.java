package org.corroborate.engine.annotate.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a serialized ONNX model so that its graph outputs are given float tensors, and drops every node that does
 * not lead to one of them, with the weights only those read. An encoder read only for the attention of its first layers then runs only those layers.
 *
 * <p>Works on the protobuf wire format directly, so no ONNX or protobuf classes are needed: a ModelProto's
 * {@code graph} is field 7; in the GraphProto, {@code node} is field 1, {@code initializer} 5 and {@code output} 12; a TensorProto's {@code name} is 8; in a NodeProto,
 * {@code input} is field 1 and {@code output} field 2; a ValueInfoProto holds a {@code name} (1) and a {@code type}
 * (2). Every other field is copied as it is. Stateless.
 */
final class OnnxOutputs {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int TENSOR_NAME = 8;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int LENGTH_DELIMITED = 2;

    private OnnxOutputs() {
    }

    /** {@code model} with {@code outputs} as its only graph outputs and only the nodes that compute them. */
    static byte[] keepOnly(byte[] model, List<String> outputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
        boolean found = false;
        for (Field f : fields(model)) {
            if (f.number == MODEL_GRAPH && f.wireType == LENGTH_DELIMITED) {
                writeField(out, MODEL_GRAPH, graph(f.value(model), outputs));
                found = true;
            } else {
                out.write(model, f.start, f.end - f.start);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("not an ONNX model: no graph");
        }
        return out.toByteArray();
    }

    private static byte[] graph(byte[] graph, List<String> outputs) {
        List<Field> fields = fields(graph);
        Map<String, Integer> producer = new HashMap<>();
        List<Field> nodes = new ArrayList<>();
        for (Field f : fields) {
            if (f.number == GRAPH_NODE) {
                for (String name : strings(f.value(graph), NODE_OUTPUT)) {
                    producer.put(name, nodes.size());
                }
                nodes.add(f);
            }
        }
        for (String name : outputs) {
            if (!producer.containsKey(name)) {
                throw new IllegalArgumentException("the model computes no tensor named " + name);
            }
        }
        Set<Integer> needed = new HashSet<>();
        Set<String> read = new HashSet<>(); // every tensor a needed node reads: weights among them
        Deque<String> wanted = new ArrayDeque<>(outputs);
        while (!wanted.isEmpty()) {
            Integer node = producer.get(wanted.pop());
            if (node != null && needed.add(node)) {
                List<String> inputs = strings(nodes.get(node).value(graph), NODE_INPUT);
                read.addAll(inputs);
                wanted.addAll(inputs);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.length);
        int node = 0;
        for (Field f : fields) {
            if (f.number == GRAPH_NODE) {
                if (needed.contains(node++)) {
                    out.write(graph, f.start, f.end - f.start);
                }
            } else if (f.number == GRAPH_INITIALIZER) {
                if (read.containsAll(strings(f.value(graph), TENSOR_NAME))) {
                    out.write(graph, f.start, f.end - f.start);
                }
            } else if (f.number != GRAPH_OUTPUT) {
                out.write(graph, f.start, f.end - f.start);
            }
        }
        byte[] floatTensor = field(1, new byte[] {1 << 3, 1}); // tensor_type { elem_type: FLOAT (varint 1) }
        for (String name : outputs) {
            ByteArrayOutputStream valueInfo = new ByteArrayOutputStream();
            writeField(valueInfo, 1, name.getBytes(StandardCharsets.UTF_8));
            writeField(valueInfo, 2, floatTensor);
            writeField(out, GRAPH_OUTPUT, valueInfo.toByteArray());
        }
        return out.toByteArray();
    }

    /** One field of a message: its number, wire type, where it starts and ends, and where its value starts. */
    private record Field(int number, int wireType, int start, int valueStart, int end) {

        byte[] value(byte[] message) {
            byte[] v = new byte[end - valueStart];
            System.arraycopy(message, valueStart, v, 0, v.length);
            return v;
        }
    }

    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            int start = at[0];
            long key = varint(message, at);
            int wireType = (int) (key & 7);
            int valueStart;
            switch (wireType) {
                case 0 -> {
                    varint(message, at);
                    valueStart = start;
                }
                case 1 -> {
                    valueStart = at[0];
                    at[0] += 8;
                }
                case LENGTH_DELIMITED -> {
                    long length = varint(message, at);
                    valueStart = at[0];
                    at[0] = Math.addExact(at[0], Math.toIntExact(length));
                }
                case 5 -> {
                    valueStart = at[0];
                    at[0] += 4;
                }
                default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wireType + " at byte " + start);
            }
            if (at[0] > message.length) {
                throw new IllegalArgumentException("not an ONNX model: a field runs past the end at byte " + start);
            }
            fields.add(new Field((int) (key >>> 3), wireType, start, valueStart, at[0]));
        }
        return fields;
    }

    /** The values of a message's repeated string field {@code number}. */
    private static List<String> strings(byte[] message, int number) {
        List<String> values = new ArrayList<>();
        for (Field f : fields(message)) {
            if (f.number == number && f.wireType == LENGTH_DELIMITED) {
                values.add(new String(message, f.valueStart, f.end - f.valueStart, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static long varint(byte[] b, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= b.length) {
                throw new IllegalArgumentException("not an ONNX model: it ends inside a number");
            }
            int x = b[at[0]++];
            value |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("not an ONNX model: a number longer than 64 bits");
    }

    private static byte[] field(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeField(out, number, value);
        return out.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, int number, byte[] value) {
        writeVarint(out, (long) number << 3 | LENGTH_DELIMITED);
        writeVarint(out, value.length);
        out.writeBytes(value);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
