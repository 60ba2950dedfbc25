package io.framewise.label.service;

import io.framewise.events.Face;
import io.framewise.events.FaceBox;
import io.framewise.label.config.FaceConfig;
import io.framewise.label.model.DetectedFace;
import io.framewise.label.model.FaceDetector;
import io.framewise.label.model.FaceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The faces of one image, each matched against the gallery: a known person above the threshold, else unknown. */
@ApplicationScoped
public class FaceService {

    private final FaceConfig config;
    private final FaceDetector detector;
    private final FaceEmbedder embedder;
    private final Gallery gallery;

    public FaceService(FaceConfig config, FaceDetector detector, FaceEmbedder embedder, Gallery gallery) {
        this.config = config;
        this.detector = detector;
        this.embedder = embedder;
        this.gallery = gallery;
    }

    public List<Face> faces(BufferedImage image) {
        if (!config.enabled()) return List.of();
        List<Face> out = new ArrayList<>();
        for (DetectedFace f : usable(image)) {
            FaceBox box = new FaceBox(round(f.left(), 4), round(f.top(), 4), round(f.width(), 4), round(f.height(), 4));
            double confidence = round(f.confidence() * 100, 1);
            Optional<Gallery.Match> m = gallery.best(embedder.embed(image, f));
            if (m.isPresent() && m.get().similarity() >= config.matchThreshold()) {
                out.add(Face.matched(box, confidence, m.get().personId(), m.get().name(), round(m.get().similarity() * 100, 1)));
            } else {
                out.add(Face.unknown(box, confidence));
            }
        }
        return List.copyOf(out);
    }

    /** The detector's faces that pass the configured minimum confidence and size, most confident first. */
    public List<DetectedFace> usable(BufferedImage image) {
        double min = config.minConfidence() / 100.0;
        return detector.detect(image).stream()
                .filter(f -> f.confidence() >= min && f.widthPixels(image.getWidth()) >= config.minFaceSize())
                .toList();
    }

    /** The embedding of the largest usable face in a photo, or empty when there is none (used for enrolment). */
    public Optional<float[]> largestFace(BufferedImage photo) {
        return usable(photo).stream()
                .max(java.util.Comparator.comparingDouble(DetectedFace::area))
                .map(f -> embedder.embed(photo, f));
    }

    private static double round(double v, int decimals) {
        double p = Math.pow(10, decimals);
        return Math.round(v * p) / p;
    }
}
