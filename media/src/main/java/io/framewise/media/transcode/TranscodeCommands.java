package io.framewise.media.transcode;

import io.framewise.media.MediaInput;
import io.framewise.media.storyboard.StoryboardGeometry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ffmpeg} command lines that carry out a {@link TranscodePlan}, for transcode-svc and for a benchmark
 * that runs the bare program on the same encodes. The first decodes the source once and feeds every output from
 * one filter graph ({@code split} into one scaler per rendition, and {@code fps → select → scale} for the
 * storyboard's thumbnails, written raw for {@link io.framewise.media.storyboard.SpriteSheet} to lay out); the second, if HLS is wanted, only re-muxes the finished MP4s into MPEG-TS segments
 * ({@code -c copy}), which costs little more than copying the bytes.
 */
public final class TranscodeCommands {

    private TranscodeCommands() {
    }

    /** Every command of the plan, in order, without the program name. */
    public static List<List<String>> of(TranscodePlan plan) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(decode(plan));
        if (!plan.hls().isEmpty()) {
            commands.add(hls(plan));
        }
        return List.copyOf(commands);
    }

    /** The single decoding pass: renditions, MP3 and the storyboard's thumbnails. */
    public static List<String> decode(TranscodePlan plan) {
        TranscodeSettings settings = plan.settings();
        List<String> args = new ArrayList<>(List.of("-y"));
        args.addAll(MediaInput.cliOptions());
        args.addAll(List.of("-i", plan.source().toString()));
        if (!plan.renditions().isEmpty() || plan.storyboard().isPresent()) {
            args.addAll(List.of("-filter_complex", filterGraph(plan)));
        }
        for (int i = 0; i < plan.renditions().size(); i++) {
            TranscodePlan.Output output = plan.renditions().get(i);
            args.addAll(List.of("-map", "[r" + i + "]"));
            if (plan.sourceHasAudio()) {
                args.addAll(List.of("-map", "0:a:0", "-c:a", "aac", "-b:a", Long.toString(settings.audioBitrate())));
            }
            args.addAll(List.of("-c:v", settings.videoEncoder(), "-b:v", Long.toString(output.rendition().videoBitrate()),
                    "-profile:v", settings.h264Profile()));
            settings.preset().ifPresent(preset -> args.addAll(List.of("-preset", preset)));
            args.addAll(List.of("-g", Integer.toString(longestGop(plan)),
                    // A keyframe on every multiple of the segment length, whatever the frame rate: HLS cuts there.
                    "-force_key_frames", "expr:gte(t,n_forced*" + settings.keyframeSeconds() + ")",
                    // The index up front, so a browser starts playing before the whole file has arrived.
                    "-movflags", "+faststart", output.file().toString()));
        }
        plan.audio().ifPresent(mp3 -> args.addAll(List.of("-map", "0:a:0", "-vn", "-c:a", "libmp3lame", "-b:a",
                Long.toString(settings.audioBitrate()), mp3.toString())));
        plan.storyboard().ifPresent(sprite -> args.addAll(List.of("-map", "[sb]", "-f", "rawvideo", "-pix_fmt",
                "rgb24", sprite.tiles().toString())));
        return List.copyOf(args);
    }

    /** One re-mux of every MP4 into its HLS playlist and segments ({@code seg_000.ts}, … beside the playlist). */
    public static List<String> hls(TranscodePlan plan) {
        List<String> args = new ArrayList<>(List.of("-y"));
        for (TranscodePlan.Output output : plan.renditions()) {
            args.addAll(List.of("-i", output.file().toString()));
        }
        for (int i = 0; i < plan.hls().size(); i++) {
            Path playlist = plan.hls().get(i);
            args.addAll(List.of("-map", i + ":v:0"));
            if (plan.sourceHasAudio()) {
                args.addAll(List.of("-map", i + ":a:0"));
            }
            args.addAll(List.of("-c", "copy", "-f", "hls",
                    "-hls_time", Integer.toString(plan.settings().keyframeSeconds()),
                    "-hls_playlist_type", "vod",
                    "-hls_segment_filename", playlist.resolveSibling("seg_%03d.ts").toString(),
                    playlist.toString()));
        }
        return List.copyOf(args);
    }

    static String filterGraph(TranscodePlan plan) {
        int branches = plan.renditions().size() + (plan.storyboard().isPresent() ? 1 : 0);
        StringBuilder graph = new StringBuilder("[0:v:0]split=").append(branches);
        for (int i = 0; i < plan.renditions().size(); i++) {
            graph.append("[s").append(i).append(']');
        }
        if (plan.storyboard().isPresent()) {
            graph.append("[ssb]");
        }
        for (int i = 0; i < plan.renditions().size(); i++) {
            Rendition rendition = plan.renditions().get(i).rendition();
            graph.append(";[s").append(i).append("]scale=").append(rendition.width()).append(':')
                    .append(rendition.height()).append(":flags=bicubic,setsar=1,format=yuv420p[r").append(i).append(']');
        }
        plan.storyboard().ifPresent(sprite -> graph.append(";[ssb]").append(storyboardFilter(sprite.geometry()))
                .append("[sb]"));
        return graph.toString();
    }

    /**
     * One picture per interval: {@code fps} with {@code round=up} gives slot {@code k} the last frame at or before
     * {@code k × interval}, so tile {@code k} shows what the player shows at the start of its cue; {@code select}
     * drops the extra slot the fps filter may add for the last frame.
     */
    static String storyboardFilter(StoryboardGeometry g) {
        return String.format(Locale.ROOT, "fps=fps=1000/%d:round=up,select='lt(n\\,%d)',scale=%d:%d:flags=area,"
                + "setsar=1,format=rgb24", g.intervalMs(), g.tiles(), g.tileWidth(), g.tileHeight());
    }

    private static int longestGop(TranscodePlan plan) {
        double fps = plan.fps() > 0 ? plan.fps() : 25;
        return Math.max(1, (int) Math.round(fps * plan.settings().keyframeSeconds()));
    }
}
