package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;

/** Translators for per-element maths, activations and reductions, which map one-to-one onto ONNX ops. */
final class ElementwiseOps {

    private ElementwiseOps() {
    }

    static void register(OpRegistry.Table t) {
        t.put((n, b) -> b.op("Identity", n.name(), b.ref(n, 0)).add(), "Identity", "StopGradient");
        t.put(binary("Add"), "BiasAdd", "Add", "AddV2");
        t.put(binary("Sub"), "Sub");
        t.put(binary("Mul"), "Mul");
        t.put(binary("Div"), "RealDiv", "Div");
        t.put(binary("Max"), "Maximum");
        t.put(binary("Min"), "Minimum");
        t.put((n, b) -> activation(b, n.op(), n, b.ref(n, 0), n.name(), -1),
                "Relu", "Relu6", "Sigmoid", "Tanh", "Elu", "LeakyRelu");
        t.put((n, b) -> b.op("Softmax", n.name(), b.ref(n, 0)).i("axis", -1).add(), "Softmax");
        t.put((n, b) -> b.op("ReduceMean", n.name(), b.ref(n, 0))
                .ints("axes", b.constOf(n, 1).longs()).i("keepdims", n.b("keep_dims", false) ? 1 : 0).add(), "Mean");
    }

    private static OpTranslator binary(String onnxOp) {
        return (n, b) -> b.op(onnxOp, n.name(), b.ref(n, 0), b.ref(n, 1)).add();
    }

    /**
     * Emits activation {@code act} (a TF op name, also used for fused ops) from {@code in} to {@code out};
     * {@code extraArg} is the input index of PReLU's slope.
     */
    static void activation(OnnxGraphBuilder b, String act, Node n, String in, String out, int extraArg) {
        switch (act) {
            case "Relu" -> b.op("Relu", out, in).add();
            case "Relu6" -> b.op("Clip", out, in, b.floatInit(out, new long[0], new float[]{0f}),
                    b.floatInit(out, new long[0], new float[]{6f})).add();
            case "Sigmoid" -> b.op("Sigmoid", out, in).add();
            case "Tanh" -> b.op("Tanh", out, in).add();
            case "Elu" -> b.op("Elu", out, in).add();
            case "LeakyRelu" -> b.op("LeakyRelu", out, in).f("alpha", n.f("leakyrelu_alpha", n.f("alpha", 0.2f))).add();
            case "Prelu" -> b.op("PRelu", out, in, b.ref(n, extraArg)).add();
            default -> throw n.unsupported("activation " + act);
        }
    }
}
