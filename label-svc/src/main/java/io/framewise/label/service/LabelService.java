package io.framewise.label.service;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.EventIds;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.ObjectRef;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.FailureReason;
import io.framewise.kit.work.StageFailure;
import io.framewise.label.model.Labeler;
import jakarta.enterprise.context.ApplicationScoped;
import io.framewise.events.Face;
import org.jboss.logging.Logger;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The labels and faces of one capture: read its JPEG from the source bucket, ask the label model what it shows and
 * the face models who is in it.
 */
@ApplicationScoped
public class LabelService {

    private static final Logger LOG = Logger.getLogger(LabelService.class);

    private final ObjectStore store;
    private final Labeler labeler;
    private final FaceService faces;
    private final ModelsInUse models;
    private final ImageDecoder images;

    public LabelService(ObjectStore store, Labeler labeler, FaceService faces, ModelsInUse models,
                        ImageDecoder images) {
        this.store = store;
        this.labeler = labeler;
        this.faces = faces;
        this.models = models;
        this.images = images;
    }

    public LabelsDone label(CaptureCreated created) throws StageFailure, IOException {
        CaptureRef capture = created.capture();
        byte[] jpeg = store.read(new ObjectRef(store.sourceBucket(), capture.key()));
        BufferedImage image;
        try {
            image = images.decode(jpeg).orElseThrow(() -> new StageFailure("capture " + capture.index() + " ("
                    + capture.key() + ") is not a readable image"));
        } catch (ImageDecoder.TooLargeException e) {
            throw new StageFailure(FailureReason.REFUSED, "capture " + capture.index() + " was not labelled: "
                    + e.getMessage());
        }
        long t0 = System.nanoTime();
        List<Label> labels = labeler.label(image);
        long t1 = System.nanoTime();
        List<Face> found = faces.faces(image);
        long t2 = System.nanoTime();
        LOG.debugf("Capture %d of %s (%dx%d): labels in %d ms, %d faces (%d known) in %d ms", capture.index(),
                created.videoId(), image.getWidth(), image.getHeight(), (t1 - t0) / 1_000_000, found.size(),
                found.stream().filter(Face::isMatched).count(), (t2 - t1) / 1_000_000);
        return new LabelsDone(created.videoId(), EventIds.derive(created.eventId(), "labels.done"), Instant.now(),
                capture.index(), capture.timeMs(), labels, found, models.all());
    }
}
