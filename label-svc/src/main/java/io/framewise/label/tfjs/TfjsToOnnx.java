package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;
import io.framewise.label.tfjs.TfjsGraph.Tensor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts the part of a TF.js graph-model needed for the requested outputs into an ONNX model (opset 17)
 * that ONNX Runtime can execute, so the npm-published weights run without TensorFlow.
 *
 * <p>Covers the ops of common CNN detectors/classifiers (see {@link OpRegistry}); any other op fails the
 * conversion with an {@link IllegalArgumentException} naming the node and op. TF's NHWC layout is kept.
 * Roles: {@link TfjsTopology} orders the nodes, {@link ConstantFolder} evaluates constant sub-graphs,
 * {@link OpRegistry} translates each remaining op onto an {@link OnnxGraphBuilder}, {@link OnnxProtos} serialises.
 */
final class TfjsToOnnx {

    private TfjsToOnnx() {
    }

    /**
     * @param input      name of the Placeholder node fed by the caller
     * @param inputShape its fixed shape
     * @param outputs    names of the nodes whose values the caller wants (become ONNX graph outputs)
     * @return the serialised ONNX ModelProto
     */
    static byte[] convert(TfjsGraph g, String input, long[] inputShape, List<String> outputs) {
        OnnxGraphBuilder b = new OnnxGraphBuilder();
        ConstantFolder folder = new ConstantFolder(b.folded);
        for (Node n : TfjsTopology.topoOrder(g, outputs)) {
            if (n.op().equals("Placeholder")) {
                if (!n.name().equals(input)) throw n.unsupported("unexpected second input");
                continue;
            }
            if (n.op().equals("Const")) {
                Tensor t = g.consts.get(n.name());
                if (t == null) throw n.unsupported("constant without weights");
                b.folded.put(n.name(), t);
                continue;
            }
            if (folder.tryFold(n)) continue;
            OpRegistry.translate(n, b);
        }
        return b.toModel(input, inputShape, outputs);
    }

    /** Ops reachable from the given outputs, for diagnostics. */
    static Set<String> opsNeeded(TfjsGraph g, List<String> outputs) {
        Set<String> ops = new LinkedHashSet<>();
        for (Node n : TfjsTopology.topoOrder(g, outputs)) ops.add(n.op());
        return ops;
    }
}
