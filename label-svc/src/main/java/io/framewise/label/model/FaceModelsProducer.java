package io.framewise.label.model;

import io.framewise.events.ModelRef;
import io.framewise.label.config.FaceConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Makes the face detector and embedder injectable, loaded once at startup (a broken model fails the start). With
 * {@code framewise.faces.enabled=false} nothing is loaded and both are inert.
 */
@ApplicationScoped
public class FaceModelsProducer {

    private static final Logger LOG = Logger.getLogger(FaceModelsProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    FaceDetector faceDetector(FaceConfig config) {
        if (!config.enabled()) return off();
        try {
            long t0 = System.nanoTime();
            BlazeFaceDetector d = BlazeFaceDetector.load(config.minConfidence() / 100.0, config.threads());
            LOG.infof("Loaded %s in %d ms (min-confidence %.0f, min-face-size %d px)", d.modelName(),
                    (System.nanoTime() - t0) / 1_000_000, config.minConfidence(), config.minFaceSize());
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the face detector", e);
        }
    }

    @Produces
    @ApplicationScoped
    @Startup
    FaceEmbedder faceEmbedder(FaceConfig config) {
        if (!config.enabled()) {
            return new FaceEmbedder() {
                @Override
                public float[] embed(java.awt.image.BufferedImage image, DetectedFace face) {
                    throw new IllegalStateException("faces are off (framewise.faces.enabled=false)");
                }

                @Override
                public String modelName() {
                    return "off";
                }

                @Override
                public List<ModelRef> models() {
                    return List.of();
                }
            };
        }
        try {
            long t0 = System.nanoTime();
            OnnxFaceEmbedder e = OnnxFaceEmbedder.load(FaceEmbeddingModel.FACERES, config.threads());
            LOG.infof("Loaded %s in %d ms (match threshold %.2f)", e.modelName(), (System.nanoTime() - t0) / 1_000_000,
                    config.matchThreshold());
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the face embedder", e);
        }
    }

    void closeDetector(@Disposes FaceDetector d) throws Exception {
        if (d instanceof AutoCloseable c) c.close();
    }

    void closeEmbedder(@Disposes FaceEmbedder e) throws Exception {
        if (e instanceof AutoCloseable c) c.close();
    }

    private static FaceDetector off() {
        return new FaceDetector() {
            @Override
            public List<DetectedFace> detect(java.awt.image.BufferedImage image) {
                return List.of();
            }

            @Override
            public String modelName() {
                return "off";
            }

            @Override
            public List<ModelRef> models() {
                return List.of();
            }
        };
    }
}
