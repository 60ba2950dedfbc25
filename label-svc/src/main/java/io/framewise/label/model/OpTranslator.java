package io.framewise.label.model;

import io.framewise.label.model.TfjsGraph.Node;

/** Translates one TF.js node into ONNX nodes on the builder; one per TF op (family), registered in {@link OpRegistry}. */
@FunctionalInterface
interface OpTranslator {
    void translate(Node n, OnnxGraphBuilder b);
}
