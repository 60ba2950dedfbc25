package io.framewise.media.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the media playlists FFmpeg's HLS muxer wrote, and writes the master playlist over them. The master's
 * {@code BANDWIDTH} must be the peak bitrate of any segment (RFC 8216 §4.3.4.2), so it is measured from the
 * segments themselves, not taken from the encoder's target.
 */
public final class HlsPlaylists {

    private HlsPlaylists() {
    }

    /** A media playlist's segments: file names (relative to the playlist) with their durations. */
    public record Segment(String uri, double seconds) {
    }

    /** A rung in the master playlist. */
    public record Variant(String uri, long bandwidth, long averageBandwidth, int width, int height, String codecs) {
    }

    /** The segments a media playlist lists, in order. */
    public static List<Segment> segments(Path playlist) throws IOException {
        List<Segment> segments = new ArrayList<>();
        double pending = -1;
        for (String raw : Files.readAllLines(playlist)) {
            String line = raw.strip();
            if (line.startsWith("#EXTINF:")) {
                String value = line.substring("#EXTINF:".length());
                int comma = value.indexOf(',');
                pending = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (pending < 0) {
                    throw new IOException("segment " + line + " of " + playlist.getFileName() + " has no #EXTINF");
                }
                segments.add(new Segment(line, pending));
                pending = -1;
            }
        }
        return List.copyOf(segments);
    }

    /** The variant of a media playlist whose segments lie beside it: peak and average bits per second measured. */
    public static Variant measure(Path playlist, String uri, int width, int height, String codecs) throws IOException {
        long peak = 0;
        long bytes = 0;
        double seconds = 0;
        for (Segment segment : segments(playlist)) {
            long size = Files.size(playlist.resolveSibling(segment.uri()));
            bytes += size;
            seconds += segment.seconds();
            // A very short last segment would overstate the peak: count it as at least one second long.
            peak = Math.max(peak, Math.round(size * 8 / Math.max(1.0, segment.seconds())));
        }
        long average = seconds > 0 ? Math.round(bytes * 8 / seconds) : 0;
        return new Variant(uri, Math.max(peak, average), average, width, height, codecs);
    }

    /** The master playlist, variants as given (players pick by BANDWIDTH; the first is where most start). */
    public static String master(List<Variant> variants) {
        StringBuilder m3u8 = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Variant variant : variants) {
            m3u8.append(String.format(Locale.ROOT,
                    "#EXT-X-STREAM-INF:BANDWIDTH=%d,AVERAGE-BANDWIDTH=%d,RESOLUTION=%dx%d,CODECS=\"%s\"%n%s%n",
                    variant.bandwidth(), variant.averageBandwidth(), variant.width(), variant.height(),
                    variant.codecs(), variant.uri()));
        }
        return m3u8.toString().replace("\r\n", "\n");
    }
}
