package io.framewise.media;

import io.framewise.media.synth.BrokenFiles;
import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real clips for the media tests, made once per test JVM with the FFmpeg program JavaCV ships. */
public final class Clips {

    private static final Path DIR = Path.of("target", "test-clips");
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();

    /** Four plain colours, 2 s each, hard cuts: red, green, blue, white. */
    public static final List<String> COLOURS = List.of("red", "green", "blue", "white");

    private Clips() {
    }

    /** 8 s, 640x360, 25 fps, H.264 + AAC, four shots of one colour each. */
    public static Path fourColourShots() {
        return made("four-colours.mp4", target -> ClipGenerator.generate(base().withShots(
                COLOURS.stream().map(c -> Shot.pattern("color=c=" + c, Duration.ofSeconds(2))).toList()), target));
    }

    /** {@link #fourColourShots()} remuxed into MPEG-TS: no index, and a clock that starts at 1.4 s. */
    public static Path fourColourShotsInMpegTs() {
        return made("four-colours.ts", target -> {
            io.framewise.media.cli.FfmpegCli.run(List.of("-y", "-i", fourColourShots().toString(), "-c", "copy",
                    "-f", "mpegts", target.toString()), 60);
            return target;
        });
    }

    /** 6 s of one unchanging picture with a keyframe every 0.5 s. */
    public static Path staticSceneManyKeyframes() {
        return made("static.mp4", target -> ClipGenerator.generate(new ClipSpec(640, 360, 25,
                List.of(Shot.pattern("smptebars", Duration.ofSeconds(6))), 0, "h264", 0.5), target));
    }

    /** 6 s of steady motion (a moving test pattern) and no cut. */
    public static Path steadyMotion() {
        return made("motion.mp4", target -> ClipGenerator.generate(ClipSpec.of(Duration.ofSeconds(6), 640, 360, 25)
                .silent(), target));
    }

    /** 6 s of steady motion with one keyframe, at the start: a camera's long group of pictures. */
    public static Path steadyMotionOneKeyframe() {
        return made("motion-long-gop.mp4", target -> ClipGenerator.generate(new ClipSpec(640, 360, 25,
                List.of(Shot.pattern("testsrc2", Duration.ofSeconds(6))), 0, "h264", 6), target));
    }

    /** 4 s VP9 in WebM, silent, two shots. */
    public static Path vp9TwoShots() {
        return made("two-shots.webm", target -> ClipGenerator.generate(base().silent().withCodec("vp9").withShots(
                List.of(Shot.pattern("smptebars", Duration.ofSeconds(2)),
                        Shot.pattern("color=c=navy", Duration.ofSeconds(2)))), target));
    }

    /** 6 s, 640x360, 25 fps: colour bars for 3 s cross-fading over 1 s into a navy picture (xfade). */
    public static Path crossFade() {
        return made("cross-fade.mp4", target -> {
            io.framewise.media.cli.FfmpegCli.run(List.of("-y", "-f", "lavfi", "-t", "3.5", "-i",
                    "smptebars=size=640x360:rate=25", "-f", "lavfi", "-t", "3.5", "-i",
                    "testsrc2=size=640x360:rate=25", "-filter_complex",
                    "[0:v]format=yuv420p,settb=1/25[a];[1:v]format=yuv420p,settb=1/25[b];"
                            + "[a][b]xfade=transition=fade:duration=1:offset=2.5,format=yuv420p[v]",
                    "-map", "[v]", "-c:v", "libopenh264", "-b:v", "1M", "-g", "250", target.toString()), 60);
            return target;
        });
    }

    /**
     * 6 s, 640x360, 25 fps, by x264 with a keyframe every 2 s and none at the cuts: red 2.6 s, green 1.2 s (no
     * keyframe of its own), blue 2.2 s. Empty where Debian's ffmpeg (with x264) is not installed.
     */
    public static java.util.Optional<Path> shortShotBetweenKeyframes() {
        return x264Colours("short-shot.mp4", "red", "green", "blue");
    }

    /** Like {@link #shortShotBetweenKeyframes()}, but red again after the green: keyframes at 2 s and 4 s both red. */
    public static java.util.Optional<Path> intercutBetweenKeyframes() {
        return x264Colours("intercut.mp4", "red", "green", "red");
    }

    /** Three colours for 2.6, 1.2 and 2.2 s, x264, a keyframe every 2 s and none at the cuts. */
    private static java.util.Optional<Path> x264Colours(String name, String first, String second, String third) {
        Path debianFfmpeg = Path.of("/usr/bin/ffmpeg");
        if (!Files.isExecutable(debianFfmpeg)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(made(name, target -> {
            Process process = new ProcessBuilder(debianFfmpeg.toString(), "-v", "error", "-y",
                    "-f", "lavfi", "-t", "2.6", "-i", "color=c=" + first + ":size=640x360:rate=25",
                    "-f", "lavfi", "-t", "1.2", "-i", "color=c=" + second + ":size=640x360:rate=25",
                    "-f", "lavfi", "-t", "2.2", "-i", "color=c=" + third + ":size=640x360:rate=25",
                    "-filter_complex", "[0:v][1:v][2:v]concat=n=3:v=1:a=0,format=yuv420p[v]", "-map", "[v]",
                    "-c:v", "libx264", "-preset", "veryfast", "-x264-params", "keyint=50:min-keyint=50:scenecut=0",
                    target.toString()).redirectErrorStream(true).start();
            try {
                String output = new String(process.getInputStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IOException("ffmpeg failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return target;
        }));
    }

    /** A tone and nothing else, in an MP4 container. */
    public static Path audioOnly() {
        return made("audio-only.m4a", BrokenFiles::audioOnly);
    }

    /** One PNG picture, named like a video. */
    public static Path stillImage() {
        return made("still.mp4", BrokenFiles::stillImage);
    }

    /** The header of {@link #fourColourShots()} and none of its pictures. */
    public static Path headerOnly() {
        return made("header-only.mp4", target -> BrokenFiles.headerOnly(fourColourShots(), target));
    }

    /** {@link #fourColourShots()} with its sample index (the moov box) gone. */
    public static Path moovMissing() {
        return made("no-moov.mp4", target -> BrokenFiles.moovMissing(fourColourShots(), target));
    }

    /** {@link #fourColourShots()} cut off after 60 % of its bytes, as by an interrupted upload. */
    public static Path truncated() {
        return made("truncated.mp4", target -> BrokenFiles.truncated(fourColourShots(), 0.6, target));
    }

    public static Path text() {
        return made("notes.mp4", BrokenFiles::text);
    }

    public static Path empty() {
        return made("empty.mp4", BrokenFiles::empty);
    }

    private static ClipSpec base() {
        return new ClipSpec(640, 360, 25, List.of(Shot.pattern("testsrc2", Duration.ofSeconds(1))), 440, "h264", 2);
    }

    private static Path made(String name, Maker maker) {
        return MADE.computeIfAbsent(name, n -> {
            try {
                Files.createDirectories(DIR);
                return maker.make(DIR.resolve(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface Maker {
        Path make(Path target) throws IOException;
    }
}
