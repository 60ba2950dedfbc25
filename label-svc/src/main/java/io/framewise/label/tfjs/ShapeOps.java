package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;

import java.util.Arrays;

import static io.framewise.label.tfjs.OnnxGraphBuilder.TO_NCHW;
import static io.framewise.label.tfjs.OnnxGraphBuilder.TO_NHWC;
import static io.framewise.label.tfjs.TfjsTopology.dataInputs;

/** Translators for ops that move or resample data rather than compute on it: pad, concat, split, reshape, transpose, resize. */
final class ShapeOps {

    private ShapeOps() {
    }

    static void register(OpRegistry.Table t) {
        t.put(ShapeOps::pad, "Pad", "PadV2");
        t.put(ShapeOps::concat, "ConcatV2");
        t.put(ShapeOps::resize, "ResizeBilinear", "ResizeNearestNeighbor");
        t.put((n, b) -> b.op("Transpose", n.name(), b.ref(n, 0)).ints("perm", b.constOf(n, 1).longs()).add(), "Transpose");
        t.put((n, b) -> b.op("Reshape", n.name(), b.ref(n, 0), b.intInit(n.name(), b.constOf(n, 1).longs())).add(), "Reshape");
        t.put((n, b) -> b.op("Unsqueeze", n.name(), b.ref(n, 0), b.intInit(n.name(), b.constOf(n, 1).longs())).add(), "ExpandDims");
        t.put((n, b) -> b.op("Squeeze", n.name(), b.ref(n, 0), b.intInit(n.name(), n.ints("squeeze_dims"))).add(), "Squeeze");
        t.put(ShapeOps::splitV, "SplitV");
    }

    private static void concat(Node n, OnnxGraphBuilder b) {
        int k = dataInputs(n).size() - 1;
        String[] ins = new String[k];
        for (int j = 0; j < k; j++) ins[j] = b.ref(n, j);
        b.op("Concat", n.name(), ins).i("axis", b.constOf(n, k).longs()[0]).add();
    }

    private static void splitV(Node n, OnnxGraphBuilder b) {
        String out = n.name();
        long num = n.i("num_split", b.constOf(n, 1).size());
        String[] outs = new String[(int) num];
        outs[0] = out;
        for (int k = 1; k < num; k++) outs[k] = out + ":" + k;
        b.op("Split", outs[0], b.ref(n, 0), b.intInit(out, b.constOf(n, 1).longs()))
                .outputs(Arrays.copyOfRange(outs, 1, outs.length))
                .i("axis", b.constOf(n, 2).longs()[0]).add();
    }

    private static void pad(Node n, OnnxGraphBuilder b) {
        long[] p = b.constOf(n, 1).longs();
        int rank = p.length / 2;
        long[] pads = new long[p.length];
        for (int d = 0; d < rank; d++) {
            pads[d] = p[2 * d];
            pads[rank + d] = p[2 * d + 1];
        }
        if (n.op().equals("PadV2")) {
            b.op("Pad", n.name(), b.ref(n, 0), b.intInit(n.name(), pads), b.ref(n, 2)).s("mode", "constant").add();
        } else {
            b.op("Pad", n.name(), b.ref(n, 0), b.intInit(n.name(), pads)).s("mode", "constant").add();
        }
    }

    private static void resize(Node n, OnnxGraphBuilder b) {
        long[] size = b.constOf(n, 1).longs();
        boolean alignCorners = n.b("align_corners", false), halfPixel = n.b("half_pixel_centers", false);
        boolean bilinear = n.op().equals("ResizeBilinear");
        String in = b.tmp(n.name()), shape = b.tmp(n.name()), nc = b.tmp(n.name()), sizes = b.tmp(n.name()), mid = b.tmp(n.name());
        b.op("Transpose", in, b.ref(n, 0)).ints("perm", TO_NCHW).add();
        b.op("Shape", shape, in).add();
        b.op("Slice", nc, shape, b.intInit(nc, new long[]{0}), b.intInit(nc, new long[]{2})).add();
        b.op("Concat", sizes, nc, b.intInit(sizes, size)).i("axis", 0).add();
        String ctm = alignCorners ? "align_corners"
                : halfPixel ? (bilinear ? "half_pixel" : "tf_half_pixel_for_nn") : "asymmetric";
        OnnxGraphBuilder.Op r = b.op("Resize", mid, in, "", "", sizes)
                .s("mode", bilinear ? "linear" : "nearest")
                .s("coordinate_transformation_mode", ctm);
        if (!bilinear) r.s("nearest_mode", alignCorners ? "round_prefer_ceil" : "floor");
        r.add();
        b.op("Transpose", n.name(), mid).ints("perm", TO_NHWC).add();
    }
}
