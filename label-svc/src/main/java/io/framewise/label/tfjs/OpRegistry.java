package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Maps each supported TF op name to its translator, so an op nobody translates fails the conversion loudly instead of silently. */
final class OpRegistry {

    /** Collects the translators of the op families; one translator per op name. */
    static final class Table {
        private final Map<String, OpTranslator> byOp = new TreeMap<>();

        void put(OpTranslator translator, String... ops) {
            for (String op : ops) {
                if (byOp.putIfAbsent(op, translator) != null) throw new IllegalStateException("two translators for " + op);
            }
        }
    }

    private static final Map<String, OpTranslator> TRANSLATORS = build();

    private OpRegistry() {
    }

    private static Map<String, OpTranslator> build() {
        Table t = new Table();
        ElementwiseOps.register(t);
        ConvolutionOps.register(t);
        ShapeOps.register(t);
        return Collections.unmodifiableMap(t.byOp);
    }

    /** Emits the ONNX equivalent of {@code n}; throws {@link IllegalArgumentException} naming the node if its op is unknown. */
    static void translate(Node n, OnnxGraphBuilder b) {
        OpTranslator t = TRANSLATORS.get(n.op());
        if (t == null) throw n.unsupported("op not supported by this converter");
        t.translate(n, b);
    }

    /** The TF op names this converter translates (besides Placeholder, Const and folded constant ops), sorted. */
    static Set<String> supportedOps() {
        return TRANSLATORS.keySet();
    }
}
