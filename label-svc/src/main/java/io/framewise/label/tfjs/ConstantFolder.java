package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;
import io.framewise.label.tfjs.TfjsGraph.Tensor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.framewise.label.tfjs.TfjsTopology.base;
import static io.framewise.label.tfjs.TfjsTopology.dataInputs;
import static io.framewise.label.tfjs.TfjsTopology.valueName;

/** Evaluates at conversion time the small ops whose inputs are all constants (shape arithmetic, casts), so they never reach ONNX. */
final class ConstantFolder {

    private final Map<String, Tensor> folded;

    /** @param folded the conversion's constants by node name; folded results are added to it */
    ConstantFolder(Map<String, Tensor> folded) {
        this.folded = folded;
    }

    /** Folds {@code n} into a constant if it can; false means it must be translated to ONNX. */
    boolean tryFold(Node n) {
        List<String> ins = dataInputs(n);
        for (String in : ins) {
            if (!folded.containsKey(base(in)) || !valueName(in).equals(base(in))) return false;
        }
        Tensor r = switch (n.op()) {
            case "Identity", "StopGradient" -> folded.get(base(ins.get(0)));
            case "Add", "AddV2", "Sub", "Mul" -> foldBinary(n, folded.get(base(ins.get(0))), folded.get(base(ins.get(1))));
            case "Cast" -> {
                Tensor t = folded.get(base(ins.get(0)));
                String dst = n.has("DstT") ? n.attr().get("DstT").path("type").asText() : "DT_FLOAT";
                if (dst.equals("DT_FLOAT")) {
                    float[] f = new float[t.size()];
                    for (int k = 0; k < f.length; k++) f[k] = t.isFloat() ? t.f()[k] : t.i()[k];
                    yield Tensor.ofFloat(t.shape(), f);
                }
                yield Tensor.ofInt(t.shape(), t.longs());
            }
            case "SparseToDense" -> foldSparseToDense(n, ins);
            default -> null;
        };
        if (r == null) return false;
        folded.put(n.name(), r);
        return true;
    }

    private static Tensor foldBinary(Node n, Tensor a, Tensor b) {
        int size = Math.max(a.size(), b.size());
        if (a.size() != size && a.size() != 1 || b.size() != size && b.size() != 1) throw n.unsupported("broadcast fold");
        long[] shape = a.size() == size ? a.shape() : b.shape();
        if (a.isFloat() || b.isFloat()) {
            float[] r = new float[size];
            for (int k = 0; k < size; k++) {
                float x = a.isFloat() ? a.f()[a.size() == 1 ? 0 : k] : a.i()[a.size() == 1 ? 0 : k];
                float y = b.isFloat() ? b.f()[b.size() == 1 ? 0 : k] : b.i()[b.size() == 1 ? 0 : k];
                r[k] = switch (n.op()) { case "Sub" -> x - y; case "Mul" -> x * y; default -> x + y; };
            }
            return Tensor.ofFloat(shape, r);
        }
        long[] r = new long[size];
        for (int k = 0; k < size; k++) {
            long x = a.i()[a.size() == 1 ? 0 : k], y = b.i()[b.size() == 1 ? 0 : k];
            r[k] = switch (n.op()) { case "Sub" -> x - y; case "Mul" -> x * y; default -> x + y; };
        }
        return Tensor.ofInt(shape, r);
    }

    private Tensor foldSparseToDense(Node n, List<String> ins) {
        Tensor idx = folded.get(base(ins.get(0)));
        long[] outShape = folded.get(base(ins.get(1))).longs();
        Tensor values = folded.get(base(ins.get(2)));
        Tensor dflt = folded.get(base(ins.get(3)));
        if (outShape.length != 1) throw n.unsupported("only 1-D SparseToDense can be folded");
        long[] r = new long[(int) outShape[0]];
        Arrays.fill(r, dflt.longs()[0]);
        long[] ix = idx.longs(), vs = values.longs();
        for (int k = 0; k < ix.length; k++) r[(int) ix[k]] = vs.length == 1 ? vs[0] : vs[k];
        return Tensor.ofInt(outShape, r);
    }
}
