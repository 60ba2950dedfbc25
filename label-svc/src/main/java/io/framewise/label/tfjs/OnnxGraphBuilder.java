package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;
import io.framewise.label.tfjs.TfjsGraph.Tensor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.framewise.label.tfjs.TfjsTopology.base;
import static io.framewise.label.tfjs.TfjsTopology.dataInputs;
import static io.framewise.label.tfjs.TfjsTopology.valueName;

/**
 * The state of one conversion: the constants seen so far and the ONNX nodes and initialisers emitted,
 * with the helpers translators use to refer to a TF node's inputs as ONNX values.
 */
final class OnnxGraphBuilder {
    static final long[] TO_NCHW = {0, 3, 1, 2}, TO_NHWC = {0, 2, 3, 1};

    /** Constant tensors by TF node name (Const nodes and folded ops). */
    final Map<String, Tensor> folded = new HashMap<>();
    private final Set<String> emittedInits = new HashSet<>();
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> inits = new ArrayList<>();
    private int uid;

    /** One ONNX NodeProto being built; {@link #add()} appends it to the graph. */
    final class Op {
        private final ProtoWriter pb = new ProtoWriter();

        private Op(String type, String output, String... inputs) {
            for (String i : inputs) pb.string(1, i);
            pb.string(2, output);
            pb.string(3, output + "__n" + (uid++));
            pb.string(4, type);
        }

        Op outputs(String... more) { for (String o : more) pb.string(2, o); return this; }
        Op i(String name, long v) { pb.message(5, OnnxProtos.intAttr(name, v)); return this; }
        Op f(String name, float v) { pb.message(5, OnnxProtos.floatAttr(name, v)); return this; }
        Op s(String name, String v) { pb.message(5, OnnxProtos.stringAttr(name, v)); return this; }
        Op ints(String name, long... v) { pb.message(5, OnnxProtos.intsAttr(name, v)); return this; }
        void add() { nodes.add(pb); }
    }

    /** Starts an ONNX node of {@code type} writing {@code output} (an empty input name means "omitted"). */
    Op op(String type, String output, String... inputs) {
        return new Op(type, output, inputs);
    }

    /** Reference a TF input as an ONNX value, emitting a float initializer for constants. */
    String ref(Node n, int inputIndex) {
        String in = dataInputs(n).get(inputIndex);
        Tensor t = folded.get(base(in));
        if (t != null) {
            if (!t.isFloat()) throw n.unsupported("integer tensor used as data");
            String name = base(in);
            if (emittedInits.add(name)) inits.add(OnnxProtos.floatTensor(name, t.shape(), t.f()));
            return name;
        }
        return valueName(in);
    }

    /** The constant value of a TF input that must be known at conversion time (axes, shapes, weights...). */
    Tensor constOf(Node n, int inputIndex) {
        String ref = dataInputs(n).get(inputIndex);
        Tensor t = folded.get(base(ref));
        if (t == null || !valueName(ref).equals(base(ref))) throw n.unsupported("input " + inputIndex + " must be constant");
        return t;
    }

    /** A new float initializer; returns its unique name. */
    String floatInit(String hint, long[] shape, float[] data) {
        String name = hint + "__c" + (uid++);
        inits.add(OnnxProtos.floatTensor(name, shape, data));
        return name;
    }

    /** A new 1-D int64 initializer; returns its unique name. */
    String intInit(String hint, long[] data) {
        String name = hint + "__i" + (uid++);
        inits.add(OnnxProtos.int64Vector(name, data));
        return name;
    }

    /** A fresh name for an intermediate value. */
    String tmp(String base) {
        return base + "__t" + (uid++);
    }

    byte[] toModel(String input, long[] inputShape, List<String> outputs) {
        return OnnxProtos.model(nodes, inits, input, inputShape, outputs);
    }
}
