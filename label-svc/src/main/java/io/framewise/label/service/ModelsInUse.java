package io.framewise.label.service;

import io.framewise.events.ModelRef;
import io.framewise.label.model.FaceDetector;
import io.framewise.label.model.FaceEmbedder;
import io.framewise.label.model.Labeler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Which models made this service's results, for the events' provenance: the label model, then the face detector and
 * the face embedder (none of the two when faces are off). Each names its weights' package, version and SHA-256.
 */
@ApplicationScoped
public class ModelsInUse {

    private final List<ModelRef> all;

    public ModelsInUse(Labeler labeler, FaceDetector faceDetector, FaceEmbedder faceEmbedder) {
        List<ModelRef> models = new ArrayList<>(labeler.models());
        models.addAll(faceDetector.models());
        models.addAll(faceEmbedder.models());
        this.all = List.copyOf(models);
    }

    public List<ModelRef> all() {
        return all;
    }
}
