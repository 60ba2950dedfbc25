package io.framewise.testkit.eval;

import io.framewise.media.cli.FfmpegCli;
import io.framewise.testkit.eval.ShotSetRecipe.Encoding;
import io.framewise.testkit.eval.ShotSetRecipe.Segment;
import io.framewise.testkit.eval.ShotSetVideo.Transition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Makes an evaluation video from its recipe with FFmpeg, once per machine: cached under
 * {@code ~/.cache/framewise/shot-set/} by a hash of the recipe and the encoder, so the same recipe gives the same
 * file. Encoded with x264 by Debian's {@code /usr/bin/ffmpeg} where it is installed (users' cameras and x264's
 * defaults make long groups of pictures and put keyframes at cuts); else with OpenH264 by the FFmpeg JavaCV ships
 * (it has no x264), with the same keyframe rules as far as OpenH264 follows them.
 */
final class ShotSetRenderer {

    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "framewise", "shot-set");
    private static final Path DEBIAN_FFMPEG = Path.of("/usr/bin/ffmpeg");
    /** Bumped when the way videos are made changes, so cached ones are made again. */
    private static final String VERSION = "1";
    private static Boolean x264;

    private ShotSetRenderer() {
    }

    /** The video of {@code recipe}, made now if not cached. */
    static Path render(ShotSetRecipe recipe, ShotSetPhotos.Source photos) throws IOException {
        String encoder = hasX264() ? "x264" : "openh264";
        String key = sha256(VERSION + encoder + recipe).substring(0, 16);
        Path target = CACHE.resolve(recipe.name() + "-" + key + ".mp4");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(CACHE);
        Path partial = Files.createTempFile(CACHE, ".making-", ".mp4");
        try {
            List<String> arguments = new ArrayList<>(List.of("-y"));
            for (Segment segment : recipe.segments()) {
                arguments.addAll(List.of("-i", photos.photo(segment.photo()).toString()));
            }
            arguments.addAll(List.of("-filter_complex", graph(recipe), "-map", "[out]", "-r",
                    Integer.toString(ShotSetRecipe.FPS), "-pix_fmt", "yuv420p", "-an"));
            arguments.addAll(hasX264() ? x264Arguments(recipe) : openh264Arguments(recipe));
            arguments.addAll(List.of("-movflags", "+faststart", "-f", "mp4", partial.toString()));
            if (hasX264()) {
                runDebianFfmpeg(arguments);
            } else {
                FfmpegCli.run(arguments, 1200);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** How {@code recipe} is encoded on this machine, for the report. */
    static String encoding(ShotSetRecipe recipe) {
        return (hasX264() ? "x264 (Debian ffmpeg) " : "OpenH264 (JavaCV ffmpeg) ")
                + recipe.encoding().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static synchronized boolean hasX264() {
        if (x264 == null) {
            try {
                Process process = new ProcessBuilder(DEBIAN_FFMPEG.toString(), "-hide_banner", "-encoders")
                        .redirectErrorStream(true).start();
                String encoders = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                x264 = process.waitFor(60, TimeUnit.SECONDS) && encoders.contains("libx264");
            } catch (IOException e) {
                x264 = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                x264 = false;
            }
        }
        return x264;
    }

    /** Each photo framed and moved into one stream per segment, then joined by cuts and transitions. */
    private static String graph(ShotSetRecipe recipe) {
        StringBuilder graph = new StringBuilder();
        int w = recipe.width();
        int h = recipe.height();
        List<Segment> segments = recipe.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long frames = segment.lengthMs() / ShotSetRecipe.FRAME_MS;
            graph.append(String.format(Locale.ROOT, "[%d:v]%s,format=yuv420p,loop=loop=%d:size=1:start=0,"
                            + "setpts=N/%d/TB%s,settb=1/%d,setpts=N,setsar=1[s%d];", i, framing(segment, w, h),
                    frames - 1, ShotSetRecipe.FPS, motion(segment, w, h, frames, recipe.name().hashCode() + i),
                    ShotSetRecipe.FPS, i));
        }
        String current = "s0";
        long lengthMs = segments.getFirst().lengthMs();
        for (int i = 1; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String joined = "j" + i;
            if (segment.transition() == Transition.CUT) {
                graph.append(String.format("[%s][s%d]concat=n=2:v=1:a=0,settb=1/%d[%s];", current, i,
                        ShotSetRecipe.FPS, joined));
            } else {
                graph.append(String.format(Locale.ROOT, "[%s][s%d]xfade=transition=%s:duration=%.3f:offset=%.3f,"
                                + "settb=1/%d[%s];", current, i,
                        segment.transition() == Transition.FADE_BLACK ? "fadeblack" : "fade",
                        segment.transitionMs() / 1000.0, (lengthMs - segment.transitionMs()) / 1000.0,
                        ShotSetRecipe.FPS, joined));
            }
            lengthMs += segment.lengthMs() - segment.transitionMs();
            current = joined;
        }
        return graph.append('[').append(current).append("]null[out]").toString();
    }

    /** Still photos keep their aspect, with black bars; moving ones fill a larger canvas they move across. */
    private static String framing(Segment segment, int w, int h) {
        double margin = switch (segment.motion()) {
            case STILL -> 1;
            case PAN -> 1.5;
            case ZOOM -> 2;
            case SHAKE -> 1.12;
        };
        if (segment.motion() == ShotSetRecipe.Motion.STILL) {
            return String.format("scale=%d:%d:force_original_aspect_ratio=decrease,pad=%d:%d:(ow-iw)/2:(oh-ih)/2",
                    w, h, w, h);
        }
        int cw = even(w * margin);
        int ch = even(h * margin);
        return String.format("scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d", cw, ch, cw, ch);
    }

    private static String motion(Segment segment, int w, int h, long frames, long seed) {
        return switch (segment.motion()) {
            case STILL -> "";
            case PAN -> String.format(",crop=%d:%d:x='(iw-ow)*n/%d':y='(ih-oh)/2'", w, h, Math.max(1, frames - 1));
            case ZOOM -> String.format(Locale.ROOT, ",zoompan=z='1+0.25*on/%d':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'"
                    + ":d=1:s=%dx%d:fps=%d", frames, w, h, ShotSetRecipe.FPS);
            case SHAKE -> String.format(",crop=%d:%d:x='(iw-ow)/2+%s':y='(ih-oh)/2+%s'", w, h,
                    shake(new Random(seed), w / 1280.0), shake(new Random(seed * 31 + 7), 0.6 * w / 1280.0));
        };
    }

    /**
     * A hand's shake along one axis: three sines of seeded phase, a slow sway, a wobble and a tremor (up to
     * 35 + 20 + 10 px at 1280 px wide), so the picture moves by up to a few pixels a frame, never steadily.
     */
    private static String shake(Random random, double scale) {
        double[][] bands = {{0.3, 0.7, 35}, {1.0, 1.8, 20}, {2.5, 4.0, 10}};
        List<String> terms = new ArrayList<>();
        for (double[] band : bands) {
            double hertz = band[0] + random.nextDouble() * (band[1] - band[0]);
            terms.add(String.format(Locale.ROOT, "%.2f*sin(2*PI*%.3f*n/%d+%.3f)", band[2] * scale, hertz,
                    ShotSetRecipe.FPS, random.nextDouble() * 2 * Math.PI));
        }
        return String.join("+", terms);
    }

    private static List<String> x264Arguments(ShotSetRecipe recipe) {
        // veryfast keeps x264's keyframe rules (keyint 250, scene-cut keyframes, B-frames) and costs a fifth.
        List<String> arguments = new ArrayList<>(List.of("-c:v", "libx264", "-preset", "veryfast"));
        switch (recipe.encoding()) {
            case KEYFRAMES_AT_CUTS -> arguments.addAll(List.of("-force_key_frames", cutTimes(recipe)));
            case X264_DEFAULTS -> { }
            case GOP_2S -> arguments.addAll(List.of("-x264-params", "keyint=50:min-keyint=50:scenecut=0"));
            case GOP_12_FRAMES -> arguments.addAll(List.of("-x264-params", "keyint=12:min-keyint=12:scenecut=0"));
        }
        return arguments;
    }

    private static List<String> openh264Arguments(ShotSetRecipe recipe) {
        int gop = switch (recipe.encoding()) {
            case KEYFRAMES_AT_CUTS, X264_DEFAULTS -> 250;
            case GOP_2S -> 50;
            case GOP_12_FRAMES -> 12;
        };
        List<String> arguments = new ArrayList<>(List.of("-c:v", "libopenh264", "-b:v",
                Long.toString((long) recipe.width() * recipe.height() * 4), "-g", Integer.toString(gop)));
        if (recipe.encoding() == Encoding.KEYFRAMES_AT_CUTS) {
            arguments.addAll(List.of("-force_key_frames", cutTimes(recipe)));
        }
        return arguments;
    }

    private static String cutTimes(ShotSetRecipe recipe) {
        return recipe.cutsMs().stream().map(ms -> String.format(Locale.ROOT, "%.3f", ms / 1000.0))
                .collect(Collectors.joining(","));
    }

    private static void runDebianFfmpeg(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(DEBIAN_FFMPEG.toString(), "-hide_banner", "-nostdin",
                "-loglevel", "error"));
        command.addAll(arguments);
        Path errors = Files.createTempFile("shot-set-ffmpeg", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took over 20 min: " + String.join(" ", arguments));
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffmpeg failed: " + Files.readString(errors, StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static int even(double value) {
        return (int) Math.round(value / 2) * 2;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
