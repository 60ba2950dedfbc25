package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;

/** Translates one TF.js node into ONNX nodes on the builder; one per TF op (family), registered in {@link OpRegistry}. */
@FunctionalInterface
interface OpTranslator {
    void translate(Node n, OnnxGraphBuilder b);
}
