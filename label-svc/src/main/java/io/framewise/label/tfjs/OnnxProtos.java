package io.framewise.label.tfjs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Knows the ONNX protobuf field numbers: encodes tensors, value infos, attributes and the final ModelProto with {@link ProtoWriter}. */
final class OnnxProtos {
    static final int OPSET = 17;
    static final long IR_VERSION = 8;
    static final int FLOAT = 1, INT64 = 7;

    private OnnxProtos() {
    }

    /** TensorProto of float data. */
    static ProtoWriter floatTensor(String name, long[] shape, float[] data) {
        ByteBuffer bb = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : data) bb.putFloat(v);
        return new ProtoWriter().int64s(1, shape).int64(2, FLOAT).string(8, name).bytes(9, bb.array());
    }

    /** 1-D TensorProto of int64 data. */
    static ProtoWriter int64Vector(String name, long[] data) {
        ByteBuffer bb = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : data) bb.putLong(v);
        return new ProtoWriter().int64s(1, new long[]{data.length}).int64(2, INT64).string(8, name).bytes(9, bb.array());
    }

    /** ValueInfoProto of a float tensor; {@code shape == null} leaves the shape unspecified. */
    static ProtoWriter valueInfo(String name, long[] shape) {
        ProtoWriter tensorType = new ProtoWriter().int64(1, FLOAT);
        if (shape != null) {
            ProtoWriter shp = new ProtoWriter();
            for (long d : shape) shp.message(1, new ProtoWriter().int64(1, d));
            tensorType.message(2, shp);
        }
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }

    /** AttributeProto helpers (type codes: 1 float, 2 int, 3 string, 7 ints). */
    static ProtoWriter intAttr(String name, long v) { return new ProtoWriter().string(1, name).int64(20, 2).int64(3, v); }
    static ProtoWriter floatAttr(String name, float v) { return new ProtoWriter().string(1, name).int64(20, 1).float32(2, v); }
    static ProtoWriter stringAttr(String name, String v) { return new ProtoWriter().string(1, name).int64(20, 3).string(4, v); }
    static ProtoWriter intsAttr(String name, long... v) { return new ProtoWriter().string(1, name).int64(20, 7).int64s(8, v); }

    /** The serialised ModelProto: one graph with one float input and the given (shape-less) float outputs. */
    static byte[] model(List<ProtoWriter> nodes, List<ProtoWriter> inits, String input, long[] inputShape, List<String> outputs) {
        ProtoWriter graph = new ProtoWriter();
        for (ProtoWriter node : nodes) graph.message(1, node);
        graph.string(2, "tfjs_graph");
        for (ProtoWriter t : inits) graph.message(5, t);
        graph.message(11, valueInfo(input, inputShape));
        for (String o : outputs) graph.message(12, valueInfo(o, null));
        ProtoWriter model = new ProtoWriter()
                .int64(1, IR_VERSION)
                .string(2, "framewise-tfjs2onnx")
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").int64(2, OPSET));
        return model.toByteArray();
    }
}
