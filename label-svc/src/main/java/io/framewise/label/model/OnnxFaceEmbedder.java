package io.framewise.label.model;

import io.framewise.label.tfjs.TfjsSession;
import io.framewise.events.ModelRef;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * A {@link FaceEmbedder} over one of the bundled TF.js face-embedding models, converted to ONNX in memory.
 *
 * <p>The face is aligned first: a similarity transform (rotation, scale, shift) puts the two eye centres the
 * detector found where the model expects them, level, so a tilted head or a face seen from further away gives
 * the same crop. The output is L2-normalised. Thread-safe.
 */
public final class OnnxFaceEmbedder implements FaceEmbedder, AutoCloseable {

    private final FaceEmbeddingModel model;
    private final OrtSession session;
    private final String modelName;
    private final ModelRef identity;

    private OnnxFaceEmbedder(FaceEmbeddingModel model, OrtSession session, String modelName, ModelRef identity) {
        this.model = model;
        this.session = session;
        this.modelName = modelName;
        this.identity = identity;
    }

    public static OnnxFaceEmbedder load(FaceEmbeddingModel model, int threads) throws IOException {
        OrtSession s = TfjsSession.open(ModelFiles::open, model.json(), model.input, new long[]{1, model.size, model.size, 3},
                List.of(model.output), threads);
        return new OnnxFaceEmbedder(model, s, model.id() + " (" + WeightsPackage.describe() + ")",
                BundledWeights.identity(model.id(), model.file + ".bin"));
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
    public float[] embed(BufferedImage image, DetectedFace face) {
        BufferedImage aligned = align(image, face, model.size, model.eyeDistance, model.eyeY);
        int s = model.size;
        int[] px = aligned.getRGB(0, 0, s, s, null, 0, s);
        FloatBuffer fb = FloatBuffer.allocate(3 * s * s);
        float mean = model.mean, divisor = model.divisor;
        for (int p : px) {
            fb.put((((p >> 16) & 0xFF) - mean) / divisor)
                    .put((((p >> 8) & 0xFF) - mean) / divisor)
                    .put(((p & 0xFF) - mean) / divisor);
        }
        fb.rewind();
        try (OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), fb, new long[]{1, s, s, 3});
             OrtSession.Result r = session.run(Map.of(model.input, t))) {
            FloatBuffer out = ((OnnxTensor) r.get(model.output).orElseThrow()).getFloatBuffer();
            float[] v = new float[out.remaining()];
            out.get(v);
            return normalise(v);
        } catch (OrtException e) {
            throw new IllegalStateException(model.id() + " inference failed: " + e.getMessage(), e);
        }
    }

    /**
     * The face as a {@code size}x{@code size} image with the eyes level, their midpoint at ({@code 0.5}, {@code eyeY})
     * and {@code eyeDistance} apart (fractions of the side). Parts outside the picture are black.
     */
    static BufferedImage align(BufferedImage image, DetectedFace face, int size, double eyeDistance, double eyeY) {
        // the subject's right eye is on the picture's left: the vector right->left eye points to +x when level
        double dx = face.leftEyeX() - face.rightEyeX(), dy = face.leftEyeY() - face.rightEyeY();
        double dist = Math.hypot(dx, dy);
        if (dist < 1) dist = Math.max(1, face.width() * image.getWidth() * 0.4); // degenerate key points: assume a frontal face
        double angle = Math.atan2(dy, dx);
        double scale = eyeDistance * size / dist;
        double mx = (face.leftEyeX() + face.rightEyeX()) / 2, my = (face.leftEyeY() + face.rightEyeY()) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(0.5 * size, eyeY * size);
        t.scale(scale, scale);
        t.rotate(-angle);
        t.translate(-mx, -my);
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = BlackCanvas.on(out);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) throw new IllegalStateException("the embedding model returned a zero vector");
        for (int k = 0; k < v.length; k++) v[k] = (float) (v[k] / n);
        return v;
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
