package io.framewise.testkit.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads one file out of a Qt binary resource archive ({@code .rcc}, as {@code rcc -binary} writes it): GCompris ships
 * its activities' photos that way. Format (Qt's {@code qresource.cpp}): header {@code "qres"}, version, offsets of
 * the tree, the data and the names; the tree's nodes are 14 bytes (version 1) or 22 (version 2+, with a time stamp);
 * a directory node has its children's count and first index, a file node its data offset; data = size + bytes,
 * zlib-compressed as {@code qCompress} does (4-byte length, then zlib) when the node's flag 1 is set.
 */
final class EvalPhotosQtResources {

    private static final int DIRECTORY = 2;
    private static final int ZLIB = 1;
    private static final int ZSTD = 4;

    private EvalPhotosQtResources() {
    }

    /** The bytes of {@code entry} (e.g. {@code /gcompris/src/.../cow.webp}) in the archive {@code rcc}. */
    static byte[] read(Path rcc, String entry) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(rcc));
        if (b.remaining() < 20 || b.getInt(0) != 0x71726573) throw new IOException(rcc + " is not a Qt resource archive");
        int version = b.getInt(4);
        int tree = b.getInt(8), data = b.getInt(12), names = b.getInt(16);
        int nodeSize = version >= 2 ? 22 : 14;
        int node = 0; // the root directory
        for (String part : entry.replaceFirst("^/", "").split("/")) {
            int at = tree + node * nodeSize;
            if ((b.getShort(at + 4) & DIRECTORY) == 0) throw new IOException(entry + ": " + part + " is under a file");
            int count = b.getInt(at + 6), first = b.getInt(at + 10);
            node = -1;
            for (int child = first; child < first + count && node < 0; child++) {
                if (name(b, names + b.getInt(tree + child * nodeSize)).equals(part)) node = child;
            }
            if (node < 0) throw new IOException(entry + " is not in " + rcc);
        }
        int at = tree + node * nodeSize;
        int flags = b.getShort(at + 4);
        if ((flags & DIRECTORY) != 0) throw new IOException(entry + " is a directory in " + rcc);
        if ((flags & ZSTD) != 0) throw new IOException(entry + " is zstd-compressed, which this reader does not do");
        int offset = data + b.getInt(at + 10);
        byte[] bytes = new byte[b.getInt(offset)];
        b.get(offset + 4, bytes);
        return (flags & ZLIB) != 0 ? inflate(bytes) : bytes;
    }

    private static String name(ByteBuffer b, int at) {
        int length = b.getShort(at) & 0xFFFF;
        byte[] utf16 = new byte[2 * length];
        b.get(at + 6, utf16); // after the length and a 4-byte hash
        return new String(utf16, StandardCharsets.UTF_16BE);
    }

    private static byte[] inflate(byte[] qCompressed) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(qCompressed, 4, qCompressed.length - 4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) throw new IOException("truncated zlib data");
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("bad zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
