package io.framewise.label.model;

import io.framewise.testkit.TestFaces;
import io.framewise.testkit.TestFaces.Photo;
import io.framewise.testkit.TestPhotos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real face models on real photos ({@link TestFaces}: person A three times, B..E once each): the detector finds
 * the faces and no face in a dog photo; same-person similarities reach the default threshold (0.6), different
 * people's stay below it. Prints the similarity matrix and the times (README "Faces" quotes them).
 */
class FaceModelsTest {

    static final double THRESHOLD = 0.6;
    /** The service default (framewise.faces.min-confidence=60): a dog's face scores 0.58, real faces 0.82+. */
    static final double MIN_SCORE = 0.6;
    static BlazeFaceDetector detector;
    static OnnxFaceEmbedder embedder;

    @BeforeAll
    static void load() throws Exception {
        TestFaces.assumeAvailable();
        detector = BlazeFaceDetector.load(MIN_SCORE, 1);
        embedder = OnnxFaceEmbedder.load(FaceEmbeddingModel.FACERES, 1);
    }

    @AfterAll
    static void close() {
        if (detector != null) detector.close();
        if (embedder != null) embedder.close();
    }

    @Test
    void findsTheOneFaceInEachPortraitWithItsEyesInsideTheBox() {
        for (Photo p : Photo.values()) {
            BufferedImage img = TestFaces.image(p);
            List<DetectedFace> faces = detector.detect(img);
            System.out.printf("%-10s %dx%d: %s%n", p, img.getWidth(), img.getHeight(), faces);
            assertThat(faces).as(p.name()).hasSize(1);
            DetectedFace f = faces.getFirst();
            assertThat(f.confidence()).as(p.name()).isGreaterThan(0.7);
            assertThat(f.width()).as(p.name()).isBetween(0.3, 0.9);
            double ex = (f.rightEyeX() + f.leftEyeX()) / 2 / img.getWidth(), ey = (f.rightEyeY() + f.leftEyeY()) / 2 / img.getHeight();
            assertThat(ex).as(p + " eyes x").isBetween(f.left(), f.left() + f.width());
            assertThat(ey).as(p + " eyes y").isBetween(f.top(), f.top() + f.height() / 2 + 0.05);
            assertThat(f.rightEyeX()).as(p + ": the subject's right eye is on the picture's left").isLessThan(f.leftEyeX());
        }
    }

    @Test
    void findsAFaceInAFrameWhereItIsSmallAndNoneInTheDogPhotoOrTheOtherPhotos() {
        for (String photo : List.of("dog.jpg", "horses.jpg", "eagle.jpg", "person.jpg")) {
            System.out.println(photo + ": " + detector.detect(TestPhotos.image(photo)));
        }
        assertThat(detector.detect(TestPhotos.image("dog.jpg"))).isEmpty();
        assertThat(detector.detect(TestPhotos.image("eagle.jpg"))).isEmpty();
        // the face as a video frame shows it: smaller, on grey (what TestFaces.clip is made of)
        BufferedImage frame = read(TestFaces.inFrame(Photo.A_CLOSEUP));
        assertThat(detector.detect(frame)).hasSize(1);
    }

    @Test
    void samePersonIsAboveTheThresholdAndDifferentPeopleBelow() {
        Map<Photo, float[]> e = new EnumMap<>(Photo.class);
        for (Photo p : Photo.values()) {
            BufferedImage img = TestFaces.image(p);
            e.put(p, embedder.embed(img, detector.detect(img).getFirst()));
        }
        StringBuilder table = new StringBuilder(String.format("%-11s", ""));
        for (Photo p : Photo.values()) table.append(String.format("%11s", p));
        List<String> same = new ArrayList<>(), different = new ArrayList<>();
        for (Photo a : Photo.values()) {
            table.append(String.format("%n%-11s", a));
            for (Photo b : Photo.values()) {
                double s = FaceEmbedder.similarity(e.get(a), e.get(b));
                table.append(String.format("%11.3f", s));
                if (a.ordinal() < b.ordinal()) (a.person.equals(b.person) ? same : different).add(a + "/" + b + "=" + String.format("%.3f", s));
            }
        }
        System.out.println("cosine similarity (faceres, aligned):\n" + table);
        System.out.println("same person: " + same + "\ndifferent people: " + different);

        assertThat(e.get(Photo.A_PORTRAIT)).hasSize(1024);
        double norm = 0;
        for (float x : e.get(Photo.A_PORTRAIT)) norm += x * x;
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        // the pairs the service tests rely on: A's portrait and webcam photo against A's close-up
        assertThat(sim(e, Photo.A_PORTRAIT, Photo.A_CLOSEUP)).isGreaterThan(THRESHOLD);
        assertThat(sim(e, Photo.A_WEBCAM, Photo.A_CLOSEUP)).isGreaterThan(THRESHOLD);
        assertThat(sim(e, Photo.A_PORTRAIT, Photo.A_WEBCAM)).isGreaterThan(THRESHOLD);
        // nobody else comes near A
        for (Photo a : List.of(Photo.A_PORTRAIT, Photo.A_WEBCAM, Photo.A_CLOSEUP)) {
            for (Photo other : List.of(Photo.B, Photo.C, Photo.D, Photo.E)) {
                assertThat(sim(e, a, other)).as(a + " vs " + other).isLessThan(THRESHOLD);
            }
        }
    }

    @Test
    void timesPerFace() {
        // a 640x360 video frame with one face: what label-svc gets per capture
        BufferedImage frame = read(TestFaces.inFrame(Photo.A_CLOSEUP));
        for (int k = 0; k < 5; k++) embedder.embed(frame, detector.detect(frame).getFirst()); // warm up
        int runs = 20;
        long detect = 0, embed = 0;
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            DetectedFace f = detector.detect(frame).getFirst();
            long t1 = System.nanoTime();
            embedder.embed(frame, f);
            detect += t1 - t0;
            embed += System.nanoTime() - t1;
        }
        System.out.printf("640x360 frame: blazeface detect %.1f ms per image, faceres embed %.1f ms per face (warm, %d runs, 1 thread)%n",
                detect / 1e6 / runs, embed / 1e6 / runs, runs);
        assertThat(detect / 1e6 / runs).isLessThan(500);
    }

    private static BufferedImage read(byte[] jpeg) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double sim(Map<Photo, float[]> e, Photo a, Photo b) {
        return FaceEmbedder.similarity(e.get(a), e.get(b));
    }
}
