package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;
import io.framewise.label.tfjs.TfjsGraph.Tensor;

import java.util.List;

import static io.framewise.label.tfjs.OnnxGraphBuilder.TO_NCHW;
import static io.framewise.label.tfjs.OnnxGraphBuilder.TO_NHWC;

/**
 * Translators for the windowed NHWC ops (plain / fused / depthwise convolutions, pooling): they need weight
 * re-layout and NHWC&lt;-&gt;NCHW transposes, which ONNX Runtime's layout optimiser cancels out.
 */
final class ConvolutionOps {

    private ConvolutionOps() {
    }

    static void register(OpRegistry.Table t) {
        t.put(ConvolutionOps::conv, "Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative");
        t.put(ConvolutionOps::pool, "MaxPool", "AvgPool");
    }

    private static void conv(Node n, OnnxGraphBuilder b) {
        if (!"NHWC".equals(n.s("data_format", "NHWC"))) throw n.unsupported("data_format");
        boolean depthwise = n.op().contains("Depthwise");
        Tensor w = b.constOf(n, 1);
        int kh = (int) w.shape()[0], kw = (int) w.shape()[1], ci = (int) w.shape()[2], co = (int) w.shape()[3];
        int outCh = depthwise ? ci * co : co;
        float[] onnxW = new float[w.size()];
        // TF HWIO -> ONNX OIHW; depthwise TF [H,W,C,M] -> ONNX [C*M,1,H,W] with out channel c*M+m.
        for (int y = 0; y < kh; y++)
            for (int x = 0; x < kw; x++)
                for (int c = 0; c < ci; c++)
                    for (int o = 0; o < co; o++) {
                        float v = w.f()[((y * kw + x) * ci + c) * co + o];
                        if (depthwise) onnxW[((c * co + o) * kh + y) * kw + x] = v;
                        else onnxW[((o * ci + c) * kh + y) * kw + x] = v;
                    }
        long[] wShape = depthwise ? new long[]{outCh, 1, kh, kw} : new long[]{co, ci, kh, kw};
        String wName = b.floatInit(n.name() + "_W", wShape, onnxW);

        List<String> fused = n.strings("fused_ops");
        String bias = null;
        String act = null;
        if (!fused.isEmpty()) {
            if (!fused.get(0).equals("BiasAdd")) throw n.unsupported("fused " + fused);
            bias = b.ref(n, 2);
            if (fused.size() > 1) act = fused.get(1);
        }
        String in = b.tmp(n.name());
        b.op("Transpose", in, b.ref(n, 0)).ints("perm", TO_NCHW).add();
        String convOut = b.tmp(n.name());
        // TF bias [C] is ONNX Conv input B
        OnnxGraphBuilder.Op conv = bias == null ? b.op("Conv", convOut, in, wName) : b.op("Conv", convOut, in, wName, bias);
        long[] strides = n.ints("strides"), dil = n.ints("dilations");
        conv.ints("kernel_shape", kh, kw)
                .ints("strides", strides.length == 4 ? strides[1] : 1, strides.length == 4 ? strides[2] : 1)
                .ints("dilations", dil.length == 4 ? dil[1] : 1, dil.length == 4 ? dil[2] : 1)
                .i("group", depthwise ? ci : 1);
        padding(n, conv);
        conv.add();
        String nhwc = act == null ? n.name() : b.tmp(n.name());
        b.op("Transpose", nhwc, convOut).ints("perm", TO_NHWC).add();
        if (act != null) ElementwiseOps.activation(b, act, n, nhwc, n.name(), 3);
    }

    private static void padding(Node n, OnnxGraphBuilder.Op op) {
        String p = n.s("padding", "VALID");
        switch (p) {
            case "VALID" -> op.ints("pads", 0, 0, 0, 0);
            case "SAME" -> op.s("auto_pad", "SAME_UPPER");
            case "EXPLICIT" -> {
                long[] e = n.ints("explicit_paddings"); // [n0,n1,h0,h1,w0,w1,c0,c1]
                op.ints("pads", e[2], e[4], e[3], e[5]);
            }
            default -> throw n.unsupported("padding " + p);
        }
    }

    private static void pool(Node n, OnnxGraphBuilder b) {
        if (!"NHWC".equals(n.s("data_format", "NHWC"))) throw n.unsupported("data_format");
        long[] k = n.ints("ksize"), s = n.ints("strides");
        String in = b.tmp(n.name()), mid = b.tmp(n.name());
        b.op("Transpose", in, b.ref(n, 0)).ints("perm", TO_NCHW).add();
        OnnxGraphBuilder.Op pool = b.op(n.op().equals("MaxPool") ? "MaxPool" : "AveragePool", mid, in)
                .ints("kernel_shape", k[1], k[2]).ints("strides", s[1], s[2]);
        padding(n, pool);
        pool.add();
        b.op("Transpose", n.name(), mid).ints("perm", TO_NHWC).add();
    }
}
