package io.framewise.label.service;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.EventIds;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.ObjectRef;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.StageFailure;
import io.framewise.label.model.Labeler;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/** The labels of one capture: read its JPEG from the source bucket and ask the model what it shows. */
@ApplicationScoped
public class LabelService {

    private final ObjectStore store;
    private final Labeler labeler;

    public LabelService(ObjectStore store, Labeler labeler) {
        this.store = store;
        this.labeler = labeler;
    }

    public LabelsDone label(CaptureCreated created) throws StageFailure, IOException {
        CaptureRef capture = created.capture();
        byte[] jpeg = store.read(new ObjectRef(store.sourceBucket(), capture.key()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (image == null) {
            throw new StageFailure("capture " + capture.index() + " (" + capture.key() + ") is not a readable image");
        }
        List<Label> labels = labeler.label(image);
        return new LabelsDone(created.videoId(), EventIds.derive(created.eventId(), "labels.done"), Instant.now(),
                capture.index(), capture.timeMs(), labels, List.of());
    }
}
