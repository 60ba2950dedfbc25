package io.framewise.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The encodes people really upload, made from FFmpeg's synthetic sources so that nothing has to be downloaded:
 * camera files (grain, long or short GOP, high bitrate), a rotated phone HEVC, WebM VP9, MPEG-TS, a variable frame
 * rate screen recording, 4:3 content pillarboxed into 16:9, and a long low-motion talk. Grain and motion are there
 * because they are what makes real files expensive to decode and cut; a clean test pattern is not.
 */
final class BenchCorpus {

    /**
     * One corpus file. {@code encoders} decide which ffmpeg program can make it ({@link CorpusFiles});
     * {@code arguments} are its own, from the inputs to the codec options (the output path and {@code -t} follow);
     * {@code rotation} is written as display-matrix metadata afterwards, in degrees, 0 for none.
     */
    record Entry(String name, String description, List<String> encoders, List<String> arguments, Duration duration,
                 String extension, int rotation) {
    }

    private static final Duration HALF_MINUTE = Duration.ofSeconds(30);
    /** Speech-like: pink noise at about four syllables a second, band-limited like a voice. */
    private static final String SPEECH = "anoisesrc=c=pink:r=48000:a=0.3,tremolo=f=4:d=0.9,lowpass=f=3000";

    private BenchCorpus() {
    }

    static List<Entry> all(int talkMinutes) {
        return List.of(
                new Entry("camera-1080p-longgop", "1920x1080 30 fps H.264 (x264), grain and motion, GOP 250, ~14 Mbit/s,"
                        + " AAC", List.of("libx264", "aac"), graph("testsrc2=s=1920x1080:r=30,scroll=h=0.0015:v=0.001,"
                        + "noise=alls=24:allf=t,format=yuv420p", "anoisesrc=c=pink:r=48000:a=0.05",
                        "-c:v libx264 -preset veryfast -b:v 14M -maxrate 16M -bufsize 28M -g 250 -c:a aac -b:a 128k "
                                + "-ac 2"), HALF_MINUTE, "mp4", 0),
                new Entry("camera-720p-shortgop", "1280x720 30 fps H.264 (x264), grain and motion, GOP 30, ~6 Mbit/s, AAC",
                        List.of("libx264", "aac"), graph("testsrc2=s=1280x720:r=30,scroll=h=0.002,noise=alls=20:allf=t,"
                        + "format=yuv420p", "sine=f=440:r=48000", "-c:v libx264 -preset veryfast -b:v 6M -g 30 "
                        + "-c:a aac -b:a 128k -ac 2"), HALF_MINUTE, "mp4", 0),
                // 1280x720: x265 makes 1080p at a few frames a second on 2 cores, too slow for the corpus budget.
                new Entry("phone-hevc-rotated", "1280x720 30 fps HEVC (x265, hvc1) in MP4, rotated 90° (portrait), AAC",
                        List.of("libx265", "aac"), graph("testsrc2=s=1280x720:r=30,format=yuv420p", "sine=f=300:r=48000",
                        "-c:v libx265 -preset ultrafast -x265-params log-level=error -b:v 6M -tag:v hvc1 -c:a aac "
                                + "-b:a 128k"), HALF_MINUTE, "mp4", 90),
                new Entry("webm-vp9", "1280x720 30 fps VP9 + Opus in WebM", List.of("libvpx-vp9", "libopus"),
                        graph("mandelbrot=s=640x360:r=30:maxiter=256,scale=1280:720,format=yuv420p", "sine=f=500:r=48000",
                        "-c:v libvpx-vp9 -b:v 2M -deadline realtime -cpu-used 8 -g 120 -c:a libopus -b:a 96k"),
                        HALF_MINUTE, "webm", 0),
                new Entry("mpeg-ts", "1280x720 30 fps H.264 (x264) + AAC in MPEG-TS, colour bars and a moving box",
                        List.of("libx264", "aac"), overlayGraph("smptehdbars=s=1280x720:r=30",
                        "color=white:s=100x100:r=30", "x='mod(t*240,1180)':y=300", "noise=alls=8:allf=t",
                        "sine=f=1000:r=48000", "-c:v libx264 -preset veryfast -b:v 5M -g 60 -c:a aac -b:a 128k"),
                        HALF_MINUTE, "ts", 0),
                new Entry("screen-vfr", "1280x800 H.264 (x264) screen recording: slides changing every 6 s, a cursor, "
                        + "variable frame rate (30 fps for 1 s after a change, 1 fps otherwise), AAC",
                        List.of("libx264", "aac"), screen(), HALF_MINUTE, "mp4", 0),
                new Entry("letterbox-4x3", "960x720 4:3 content pillarboxed into 1280x720 30 fps H.264 (x264), AAC",
                        List.of("libx264", "aac"), graph("testsrc2=s=960x720:r=30,noise=alls=10:allf=t,"
                        + "pad=1280:720:160:0:black,format=yuv420p", "sine=f=700:r=48000", "-c:v libx264 -preset "
                        + "veryfast -b:v 4M -g 60 -c:a aac -b:a 128k"), HALF_MINUTE, "mp4", 0),
                new Entry("talk-" + talkMinutes + "min", talkMinutes + "-minute talk: low-motion 1280x720 25 fps H.264 "
                        + "(x264), GOP 250, ~0.1 Mbit/s (x264 spends little of the 1.5 Mbit/s asked on a still scene), "
                        + "speech-like mono AAC", List.of("libx264", "aac"),
                        overlayGraph("smptehdbars=s=1280x720:r=25", "color=0x806050:s=160x220:r=25",
                                "x='560+30*sin(t/3)':y='250+6*sin(t*1.7)'", "null", SPEECH,
                                "-c:v libx264 -preset veryfast -b:v 1500k -g 250 -c:a aac -b:a 96k -ac 1"),
                        Duration.ofMinutes(talkMinutes), "mp4", 0));
    }

    /** The entries named (comma-separated; blank for all), in the corpus's order. */
    static List<Entry> selected(String names, int talkMinutes) {
        List<Entry> all = all(talkMinutes);
        if (names == null || names.isBlank()) {
            return all;
        }
        List<String> wanted = Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String name : wanted) {
            if (!isTalk(name) && all.stream().noneMatch(e -> e.name().equals(name))) {
                throw new IllegalArgumentException("no corpus entry " + name + "; the corpus: "
                        + all.stream().map(Entry::name).toList());
            }
        }
        // The talk's name carries its length, which -Dbench.corpus.talk-minutes changes: any talk-* selects it.
        return all.stream().filter(e -> wanted.contains(e.name())
                || isTalk(e.name()) && wanted.stream().anyMatch(BenchCorpus::isTalk)).toList();
    }

    static boolean isTalk(String name) {
        return name.startsWith("talk");
    }

    private static List<String> graph(String video, String audio, String codecs) {
        return overlayGraph(video, null, null, "null", audio, codecs);
    }

    /** A filter graph of sources: the video (with a second source laid over it when given) and the audio. */
    private static List<String> overlayGraph(String video, String overlay, String at, String after, String audio,
                                             String codecs) {
        String picture = overlay == null ? video + "[v]"
                : video + "[bg];" + overlay + "[fg];[bg][fg]overlay=" + at + ":shortest=1," + after + ",format=yuv420p[v]";
        List<String> arguments = new ArrayList<>(List.of("-filter_complex", picture + ";" + audio + "[a]",
                "-map", "[v]", "-map", "[a]"));
        arguments.addAll(Arrays.asList(codecs.split(" ")));
        return arguments;
    }

    /**
     * Three slide layouts in turn (drawbox's enable windows), a cursor that moves in the first second after each
     * change, and a select that keeps every frame then and one a second otherwise: the timestamps a screen recorder
     * writes when the picture stands still.
     */
    private static List<String> screen() {
        String slides = "color=c=0xf4f4f4:s=1280x800:r=30,drawbox=x=80:y=60:w=600:h=48:color=0x203060:t=fill,"
                + box(160, 900, "lt(mod(t,18),6)") + box(220, 700, "between(mod(t,18),6,12)")
                + "drawbox=x=640:y=360:w=520:h=360:color=0x2080c0:t=fill:enable='between(mod(t,18),6,12)',"
                + box(280, 1000, "gte(mod(t,18),12)").replaceAll(",$", "");
        List<String> arguments = new ArrayList<>(overlayGraph(slides, "color=black:s=12x18:r=30",
                "x='200+60*mod(floor(t/6),8)+120*min(mod(t,6),1)':y=500", "select='lt(mod(t,6),1)+not(mod(n,30))'",
                "anoisesrc=c=brown:r=48000:a=0.02", "-fps_mode vfr -c:v libx264 -preset veryfast -crf 23 -c:a aac "
                        + "-b:a 96k"));
        return arguments;
    }

    private static String box(int y, int width, String when) {
        return String.format(Locale.ROOT, "drawbox=x=80:y=%d:w=%d:h=24:color=0x606060:t=fill:enable='%s',", y, width,
                when);
    }
}
