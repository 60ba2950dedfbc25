package io.framewise.testkit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Adler32;

/**
 * Decompression bombs: a real, valid PNG whose few compressed bytes decode to a picture far too large for any heap.
 * 40,000 × 40,000 grey pixels of one shade are 1.6 GB decoded and about 1.5 MB as PNG. Made once per JVM (a few
 * seconds of deflating) into the test work directory.
 */
public final class ImageBombs {

    private ImageBombs() {
    }

    /** The PNG of {@code side} × {@code side} grey pixels, every one black. */
    public static synchronized Path squarePng(int side) {
        try {
            Path file = TestVideos.workDirectory().resolve("bomb-" + side + ".png");
            if (Files.exists(file)) {
                return file;
            }
            byte[] idat = zlibOfZeroRows(side);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(side);
            ihdr.writeInt(side);
            ihdr.writeByte(8); // bit depth
            ihdr.writeByte(0); // greyscale
            ihdr.writeByte(0); // deflate
            ihdr.writeByte(0); // adaptive filtering
            ihdr.writeByte(0); // no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", idat);
            chunk(png, "IEND", new byte[0]);
            Path partial = Files.createTempFile(TestVideos.workDirectory(), "bomb-", ".part");
            Files.write(partial, png.toByteArray());
            return Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PNG bomb", e);
        }
    }

    /**
     * The zlib stream of {@code side} rows of {@code side + 1} zero bytes (a filter byte and the pixels). Deflating
     * 1.6 GB takes half a minute; instead a band of rows is deflated once, flushed so it stands alone, and repeated.
     */
    private static byte[] zlibOfZeroRows(int side) {
        int bandRows = 1000;
        byte[] band = new byte[(side + 1) * bandRows];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0x78, (byte) 0xDA}); // zlib header: deflate, best compression
        byte[] blocks = rawDeflate(band, false);
        Adler32 adler = new Adler32();
        for (int done = 0; done < side; done += bandRows) {
            int rows = Math.min(bandRows, side - done);
            out.writeBytes(rows == bandRows ? blocks
                    : rawDeflate(java.util.Arrays.copyOf(band, (side + 1) * rows), false));
            adler.update(band, 0, (side + 1) * rows);
        }
        out.writeBytes(rawDeflate(new byte[0], true));
        long checksum = adler.getValue();
        out.writeBytes(new byte[]{(byte) (checksum >>> 24), (byte) (checksum >>> 16), (byte) (checksum >>> 8),
                (byte) checksum});
        return out.toByteArray();
    }

    /** Raw deflate blocks of the input: flushed so they stand alone, or {@code last}: the final block. */
    private static byte[] rawDeflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (true) {
                int n = last ? deflater.deflate(buffer)
                        : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
