package io.framewise.label.tfjs;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.util.List;

/**
 * Opens a TF.js graph model as an ONNX Runtime session: read, converted in memory by {@link TfjsToOnnx}, handed to
 * ORT. Where the model's files come from is the caller's business ({@link TfjsGraph.Opener}).
 */
public final class TfjsSession {

    private TfjsSession() {
    }

    /**
     * @param files      opens model.json and its weight shards by name
     * @param json       the model.json file name
     * @param input      the graph's Placeholder name
     * @param inputShape its fixed shape
     * @param outputs    the node names to return (only the sub-graph they need is converted)
     * @param threads    ONNX Runtime intra-op threads (&ge; 1)
     */
    public static OrtSession open(TfjsGraph.Opener files, String json, String input, long[] inputShape,
                                  List<String> outputs, int threads) throws IOException {
        return open(TfjsGraph.load(files, json), json, input, inputShape, outputs, threads);
    }

    /** The same for a graph already read (to look at its signature first). */
    public static OrtSession open(TfjsGraph graph, String json, String input, long[] inputShape, List<String> outputs,
                                  int threads) throws IOException {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        byte[] onnx = TfjsToOnnx.convert(graph, input, inputShape, outputs);
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            opts.setIntraOpNumThreads(threads);
            // The arena keeps the largest working set a run ever had for good; freed blocks go back to malloc.
            opts.setCPUArenaAllocator(false);
            return OrtEnvironment.getEnvironment().createSession(onnx, opts);
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime rejected the converted " + json, e);
        }
    }
}
