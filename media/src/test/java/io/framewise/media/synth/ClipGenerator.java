package io.framewise.media.synth;

import io.framewise.media.cli.FfmpegCli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes real video files with the FFmpeg program JavaCV ships: test patterns and photos joined by hard cuts,
 * with a tone or silent, in H.264/MP4 or VP9/WebM. For tests, benchmarks and demos; the services never call it.
 */
public final class ClipGenerator {

    private ClipGenerator() {
    }

    /** Writes the clip to {@code target} (whose extension should match the codec: .mp4 or .webm). */
    public static Path generate(ClipSpec spec, Path target) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-y"));
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < spec.shots().size(); i++) {
            Shot shot = spec.shots().get(i);
            String seconds = seconds(shot.length().toMillis());
            if (shot.isPhoto()) {
                arguments.addAll(List.of("-loop", "1", "-framerate", number(spec.fps()), "-t", seconds,
                        "-i", shot.photo().toString()));
            } else {
                arguments.addAll(List.of("-f", "lavfi", "-t", seconds, "-i", shot.source() + (shot.source().contains("=") ? ":" : "=") + "size="
                        + spec.width() + "x" + spec.height() + ":rate=" + number(spec.fps())));
            }
            graph.append(String.format(Locale.ROOT,
                    "[%d:v]scale=%d:%d:force_original_aspect_ratio=decrease,pad=%d:%d:(ow-iw)/2:(oh-ih)/2,"
                            + "fps=%s,setsar=1,format=yuv420p,trim=duration=%s[v%d];",
                    i, spec.width(), spec.height(), spec.width(), spec.height(), number(spec.fps()), seconds, i));
        }
        if (spec.toneHz() > 0) {
            // Inputs come before the graph and the mappings; the tone is the input after the shots.
            arguments.addAll(List.of("-f", "lavfi", "-t", seconds(spec.length().toMillis()), "-i",
                    "sine=frequency=" + spec.toneHz() + ":sample_rate=44100"));
        }
        for (int i = 0; i < spec.shots().size(); i++) {
            graph.append("[v").append(i).append(']');
        }
        graph.append("concat=n=").append(spec.shots().size()).append(":v=1:a=0[video]");
        arguments.addAll(List.of("-filter_complex", graph.toString(), "-map", "[video]"));
        if (spec.toneHz() > 0) {
            arguments.addAll(List.of("-map", spec.shots().size() + ":a"));
        }
        arguments.addAll(encoderArguments(spec));
        arguments.add(target.toString());
        FfmpegCli.run(arguments, 600);
        return target;
    }

    private static List<String> encoderArguments(ClipSpec spec) {
        String gop = Integer.toString((int) Math.max(1, Math.round(spec.fps() * spec.keyframeSeconds())));
        List<String> arguments = new ArrayList<>();
        if (spec.codec().equals("vp9")) {
            arguments.addAll(List.of("-c:v", "libvpx-vp9", "-b:v", "1M", "-deadline", "realtime", "-cpu-used", "8",
                    "-g", gop));
            if (spec.toneHz() > 0) {
                arguments.addAll(List.of("-c:a", "libopus"));
            }
        } else {
            long bitrate = Math.max(500_000L, (long) spec.width() * spec.height() * 4);
            arguments.addAll(List.of("-c:v", "libopenh264", "-b:v", Long.toString(bitrate), "-g", gop,
                    "-movflags", "+faststart"));
            if (spec.toneHz() > 0) {
                arguments.addAll(List.of("-c:a", "aac", "-b:a", "96k"));
            }
        }
        return arguments;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
