package io.framewise.label.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.label.tfjs.TfjsGraph.Tensor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Decodes one entry of a TF.js weights manifest from the shard bytes, undoing float16 / uint8 / uint16 quantisation. */
final class TfjsWeights {

    private TfjsWeights() {
    }

    /** Reads the tensor described by manifest entry {@code w} from the current position of {@code buf}. */
    static Tensor decode(JsonNode w, ByteBuffer buf) {
        JsonNode shapeNode = w.path("shape");
        long[] shape = new long[shapeNode.size()];
        int n = 1;
        for (int k = 0; k < shape.length; k++) {
            shape[k] = shapeNode.get(k).asLong();
            n *= (int) shape[k];
        }
        String dtype = w.path("dtype").asText();
        JsonNode q = w.get("quantization");
        switch (dtype) {
            case "float32" -> {
                return Tensor.ofFloat(shape, floats(q, n, buf));
            }
            case "int32" -> {
                long[] i = new long[n];
                for (int k = 0; k < n; k++) i[k] = buf.getInt();
                return Tensor.ofInt(shape, i);
            }
            case "bool" -> {
                long[] i = new long[n];
                for (int k = 0; k < n; k++) i[k] = buf.get();
                return Tensor.ofInt(shape, i);
            }
            default -> throw new UncheckedIOException(new IOException("unsupported weight dtype " + dtype));
        }
    }

    private static float[] floats(JsonNode q, int n, ByteBuffer buf) {
        float[] f = new float[n];
        String qt = q == null ? "float32" : q.path("dtype").asText();
        switch (qt) {
            case "float32" -> { for (int k = 0; k < n; k++) f[k] = buf.getFloat(); }
            case "float16" -> { for (int k = 0; k < n; k++) f[k] = Float.float16ToFloat(buf.getShort()); }
            case "uint8" -> {
                float scale = (float) q.path("scale").asDouble(), min = (float) q.path("min").asDouble();
                for (int k = 0; k < n; k++) f[k] = (buf.get() & 0xFF) * scale + min;
            }
            case "uint16" -> {
                float scale = (float) q.path("scale").asDouble(), min = (float) q.path("min").asDouble();
                for (int k = 0; k < n; k++) f[k] = (buf.getShort() & 0xFFFF) * scale + min;
            }
            default -> throw new UncheckedIOException(new IOException("unsupported quantisation " + qt));
        }
        return f;
    }
}
