package io.framewise.transcribe.service;

import io.framewise.transcribe.domain.Segment;
import java.util.List;
import java.util.Locale;

/** The transcript as WebVTT subtitles (W3C WebVTT): the header, then one numbered cue per segment. */
public final class WebVtt {

    private WebVtt() {
    }

    public static String of(List<Segment> segments) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int number = 1;
        for (Segment segment : segments) {
            vtt.append(number++).append('\n')
                    .append(timestamp(segment.startMs())).append(" --> ").append(timestamp(segment.endMs()))
                    .append('\n').append(escape(segment.text())).append("\n\n");
        }
        return vtt.toString();
    }

    /** {@code HH:MM:SS.mmm}; hours keep growing past 99 as the format allows. */
    public static String timestamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }

    /** Cue text may not hold "-->", and & and < start markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
