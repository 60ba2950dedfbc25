package io.framewise.label.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TensorFlow.js "graph-model" (model.json + binary weight shards) read into memory, so it can be converted.
 * The topology is a TensorFlow GraphDef in JSON form; every Const node's value lives in the shards
 * (decoded by {@link TfjsWeights}).
 */
public final class TfjsGraph {

    /** A constant tensor: float or integer data (integers are widened to long). */
    record Tensor(long[] shape, float[] f, long[] i) {
        static Tensor ofFloat(long[] shape, float[] f) { return new Tensor(shape, f, null); }
        static Tensor ofInt(long[] shape, long[] i) { return new Tensor(shape, null, i); }
        boolean isFloat() { return f != null; }
        int size() { return isFloat() ? f.length : i.length; }
        long[] longs() {
            if (!isFloat()) return i;
            long[] r = new long[f.length];
            for (int k = 0; k < f.length; k++) r[k] = (long) f[k];
            return r;
        }
    }

    /** One GraphDef node; attribute helpers decode the protobuf-JSON encoding used by tfjs-converter. */
    record Node(String name, String op, List<String> inputs, JsonNode attr) {
        boolean has(String key) { return attr != null && attr.has(key); }
        String s(String key, String dflt) {
            if (!has(key) || !attr.get(key).has("s")) return dflt;
            return new String(Base64.getDecoder().decode(attr.get(key).get("s").asText()), StandardCharsets.UTF_8);
        }
        long i(String key, long dflt) { return has(key) && attr.get(key).has("i") ? attr.get(key).get("i").asLong() : dflt; }
        float f(String key, float dflt) { return has(key) && attr.get(key).has("f") ? (float) attr.get(key).get("f").asDouble() : dflt; }
        boolean b(String key, boolean dflt) { return has(key) && attr.get(key).has("b") ? attr.get(key).get("b").asBoolean() : dflt; }
        long[] ints(String key) {
            if (!has(key) || !attr.get(key).has("list") || !attr.get(key).get("list").has("i")) return new long[0];
            JsonNode l = attr.get(key).get("list").get("i");
            long[] r = new long[l.size()];
            for (int k = 0; k < r.length; k++) r[k] = l.get(k).asLong();
            return r;
        }
        List<String> strings(String key) {
            List<String> r = new ArrayList<>();
            if (has(key) && attr.get(key).has("list") && attr.get(key).get("list").has("s")) {
                for (JsonNode s : attr.get(key).get("list").get("s")) {
                    r.add(new String(Base64.getDecoder().decode(s.asText()), StandardCharsets.UTF_8));
                }
            }
            return r;
        }
        /** The converter's one failure mode: this node cannot be translated, and why. */
        IllegalArgumentException unsupported(String why) {
            return new IllegalArgumentException("TF.js node " + name + " (" + op + "): " + why);
        }
    }

    /** Opens a file of the model by its name (model.json or a weight shard), e.g. from the classpath. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String fileName) throws IOException;
    }

    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, Tensor> consts = new LinkedHashMap<>();
    final JsonNode signature;

    /** The graph's signature (its inputs and outputs, as model.json gives them). */
    public JsonNode signature() {
        return signature;
    }

    private TfjsGraph(JsonNode signature) {
        this.signature = signature;
    }

    public static TfjsGraph load(Opener opener, String modelJson) throws IOException {
        JsonNode root;
        try (InputStream in = opener.open(modelJson)) {
            root = new ObjectMapper().readTree(in);
        }
        if (!"graph-model".equals(root.path("format").asText())) {
            throw new IOException(modelJson + " is not a TF.js graph-model");
        }
        TfjsGraph g = new TfjsGraph(root.path("signature"));
        for (JsonNode n : root.path("modelTopology").path("node")) {
            List<String> inputs = new ArrayList<>();
            for (JsonNode in : n.path("input")) inputs.add(in.asText());
            Node node = new Node(n.get("name").asText(), n.get("op").asText(), List.copyOf(inputs), n.get("attr"));
            g.nodes.put(node.name(), node);
        }
        for (JsonNode group : root.path("weightsManifest")) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (JsonNode p : group.path("paths")) {
                try (InputStream in = opener.open(p.asText())) {
                    in.transferTo(all);
                }
            }
            ByteBuffer buf = ByteBuffer.wrap(all.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode w : group.path("weights")) {
                g.consts.put(w.get("name").asText(), TfjsWeights.decode(w, buf));
            }
            if (buf.hasRemaining()) throw new IOException("unread weight bytes: " + buf.remaining());
        }
        return g;
    }
}
