package io.framewise.label.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Minimal protobuf wire-format writer: just enough to emit an ONNX {@code ModelProto}. */
final class Pb {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    Pb int64(int field, long v) {
        tag(field, 0);
        varint(v);
        return this;
    }

    Pb int64s(int field, long[] values) {
        for (long v : values) int64(field, v);
        return this;
    }

    Pb float32(int field, float v) {
        tag(field, 5);
        int b = Float.floatToRawIntBits(v);
        out.write(b);
        out.write(b >>> 8);
        out.write(b >>> 16);
        out.write(b >>> 24);
        return this;
    }

    Pb bytes(int field, byte[] b) {
        tag(field, 2);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    Pb string(int field, String s) {
        return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Pb message(int field, Pb m) {
        return bytes(field, m.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
