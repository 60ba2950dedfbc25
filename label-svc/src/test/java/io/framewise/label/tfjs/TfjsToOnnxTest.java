package io.framewise.label.tfjs;

import io.framewise.label.model.ModelFiles;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TF.js -> ONNX converter on hand-written graphs, and on the bundled model against the prototype's output. */
class TfjsToOnnxTest {

    /** x[1,4] + c (a uint8-quantised constant) -> {@code lastOp} -> y. */
    private static TfjsGraph graph(String lastOp) throws Exception {
        String json = """
                {"format": "graph-model",
                 "modelTopology": {"node": [
                   {"name": "x", "op": "Placeholder", "attr": {}},
                   {"name": "c", "op": "Const", "attr": {}},
                   {"name": "sum", "op": "AddV2", "input": ["x", "c"]},
                   {"name": "y", "op": "%s", "input": ["sum", "^c"]}]},
                 "weightsManifest": [{"paths": ["w.bin"], "weights": [{"name": "c", "shape": [4], "dtype": "float32",
                   "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1.0}}]}],
                 "signature": {}}
                """.formatted(lastOp);
        byte[] weights = {0, 2, 4, 6}; // -> -1, 0, 1, 2
        return TfjsGraph.load(f -> switch (f) {
            case "model.json" -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            case "w.bin" -> new ByteArrayInputStream(weights);
            default -> throw new FileNotFoundException(f);
        }, "model.json");
    }

    @Test
    void unknownOpFailsLoudlyNamingTheNodeAndOp() throws Exception {
        TfjsGraph g = graph("Erf");
        assertThatThrownBy(() -> TfjsToOnnx.convert(g, "x", new long[]{1, 4}, List.of("y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TF.js node y (Erf): op not supported by this converter");
        assertThat(OpRegistry.supportedOps()).doesNotContain("Erf").contains("Conv2D", "Relu", "ResizeBilinear");
    }

    @Test
    void convertedGraphRunsInOnnxRuntime() throws Exception {
        byte[] onnx = TfjsToOnnx.convert(graph("Relu"), "x", new long[]{1, 4}, List.of("y"));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[]{-3, -1, 1, 3}), new long[]{1, 4});
             OrtSession.Result r = session.run(Map.of("x", x))) {
            float[] y = new float[4];
            ((OnnxTensor) r.get("y").orElseThrow()).getFloatBuffer().get(y);
            assertThat(y).containsExactly(0f, 0f, 2f, 5f); // relu(x + [-1, 0, 1, 2])
        }
    }

    /**
     * The split converter emits exactly the bytes the prototype's single-class converter did (measured when
     * this module was created). Update the hash only for a deliberate change of the converter's output.
     */
    @Test
    void bundledNanodetConvertsToThePrototypesBytes() throws Exception {
        // the prototype converted NanoDet's three class-score outputs (sorted by name), from the one input
        TfjsGraph graph = TfjsGraph.load(ModelFiles::open, "nanodet.json");
        byte[] onnx = TfjsToOnnx.convert(graph, "input_1", new long[]{1, 3, 416, 416},
                List.of("Identity", "Identity_1", "Identity_2"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onnx)))
                .isEqualTo("d1f33254872fa4097ea4fa56be2e51c0e9693157db89492820411b4c8abdcea0");
    }
}
