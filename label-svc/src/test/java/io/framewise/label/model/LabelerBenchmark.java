package io.framewise.label.model;

import io.framewise.testkit.TestPhotos;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: prints the model's load time and warm per-image labelling time (20 runs; the test photos and a
 * 1920x1080 frame) for 1 and 2 ONNX Runtime threads, and the throughput of 1-thread inference with 2 captures
 * labelled at once. Run from the repo root:
 * <pre>
 * mvn -o -q -pl label-svc test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.framewise.label.model.LabelerBenchmark [-Dlabels.model=centernet]
 * </pre>
 * (Not {@code -Dexec.args}: together with a lifecycle phase it would replace the fetch-model step's arguments.)
 */
public final class LabelerBenchmark {
    private static final int WARMUP = 5, RUNS = 20;
    private static final List<String> IMAGES = List.of("dog.jpg", "horses.jpg", "person.jpg", "eagle.jpg");

    private LabelerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : System.getProperty("labels.model", "nanodet");
        DetectorModel model = DetectorModel.valueOf(name.toUpperCase(Locale.ROOT));
        List<BufferedImage> images = IMAGES.stream().map(TestPhotos::image).toList();
        System.out.printf("%s on %d cores (%s), Java %s%n", model.id(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), Runtime.version());

        try (OnnxDetectorLabeler cold = OnnxDetectorLabeler.load(model, 1, 100, 35)) {
            System.out.printf("first load in this JVM (weights + convert + ORT session, cold): %d ms%n", cold.loadMillis());
        }

        for (int threads : new int[]{1, 2}) {
            try (OnnxDetectorLabeler l = OnnxDetectorLabeler.load(model, threads, 100, 35)) {
                System.out.printf("threads=%d  load (warm JVM): %d ms%n", threads, l.loadMillis());
                for (int i = 0; i < WARMUP; i++) l.label(images.get(i % images.size()));
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long s = System.nanoTime();
                    l.label(images.get(i % images.size()));
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                System.out.printf("threads=%d  warm label(image) over %d runs: %s%n", threads, RUNS, stats(ms));
                BufferedImage hd = fullHd(images.get(0));
                for (int i = 0; i < RUNS; i++) {
                    long s = System.nanoTime();
                    l.label(hd);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                System.out.printf("threads=%d  warm label(1920x1080 frame) over %d runs: %s%n", threads, RUNS, stats(ms));
            }
        }

        try (OnnxDetectorLabeler l = OnnxDetectorLabeler.load(model, 1, 100, 35)) {
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                for (int i = 0; i < WARMUP; i++) l.label(images.get(i % images.size()));
                long s = System.nanoTime();
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    BufferedImage img = images.get(i % images.size());
                    fs.add(callers.submit(() -> l.label(img)));
                }
                for (Future<?> f : fs) f.get();
                double total = (System.nanoTime() - s) / 1e6;
                System.out.printf("threads=1 x 2 concurrent captures: %d images in %.0f ms = %.1f ms/image, %.1f images/s%n",
                        RUNS, total, total / RUNS, RUNS * 1000 / total);
            } finally {
                callers.shutdownNow();
            }
        }
    }

    /** A video-sized capture (as ImageIO decodes a JPEG frame: 3-byte BGR). */
    private static BufferedImage fullHd(BufferedImage src) {
        BufferedImage hd = new BufferedImage(1920, 1080, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = hd.createGraphics();
        g.drawImage(src, 0, 0, 1920, 1080, null);
        g.dispose();
        return hd;
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "mean %.1f ms, median %.1f ms, min %.1f ms, max %.1f ms",
                Arrays.stream(s).average().orElse(0), s[s.length / 2], s[0], s[s.length - 1]);
    }
}
