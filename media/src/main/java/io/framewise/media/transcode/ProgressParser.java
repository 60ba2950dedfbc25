package io.framewise.media.transcode;

import java.util.Optional;

/**
 * Reads the {@code key=value} lines FFmpeg writes with {@code -progress pipe:1}. A report is a block of lines
 * ending in {@code progress=continue} (or {@code progress=end} for the last); {@code out_time_us} says how far the
 * output has come ({@code N/A} before the first frame).
 */
public final class ProgressParser {

    private final long durationMs;
    private long outTimeMs;
    private double speed;

    public ProgressParser(long durationMs) {
        this.durationMs = durationMs;
    }

    /** Feeds one line; returns a report when the line closes one. */
    public Optional<Progress> line(String line) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        String key = line.substring(0, equals).trim();
        String value = line.substring(equals + 1).trim();
        switch (key) {
            case "out_time_us" -> parseLong(value).ifPresent(us -> outTimeMs = Math.max(outTimeMs, us / 1000));
            case "speed" -> speed = parseSpeed(value);
            case "progress" -> {
                boolean end = value.equals("end");
                double fraction = end ? 1.0 : durationMs > 0 ? Math.min(1.0, (double) outTimeMs / durationMs) : 0;
                return Optional.of(new Progress(outTimeMs, fraction, speed, end));
            }
            default -> {
                // frame=, bitrate=, total_size=, …: not needed for progress
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty(); // "N/A" before the first frame
        }
    }

    private static double parseSpeed(String value) {
        String number = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
        try {
            return Double.parseDouble(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
