package io.framewise.label.service;

import io.framewise.label.model.Labeler;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * One blank capture through the JPEG decoder, the label model and the face detector while the service starts: ONNX
 * Runtime plans its kernels and allocates its buffers on a session's first run, which made the first capture after
 * a start about a second slower than the next.
 */
@ApplicationScoped
class ModelWarmUp {

    private static final Logger LOG = Logger.getLogger(ModelWarmUp.class);

    private final Labeler labeler;
    private final FaceService faces;

    ModelWarmUp(Labeler labeler, FaceService faces) {
        this.labeler = labeler;
        this.faces = faces;
    }

    void onStart(@Observes StartupEvent started) throws IOException {
        long begun = System.nanoTime();
        BufferedImage blank = blankCapture();
        labeler.label(blank);
        faces.faces(blank);
        LOG.infof("models warmed up in %d ms", (System.nanoTime() - begun) / 1_000_000);
    }

    private static BufferedImage blankCapture() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR), "jpeg", jpeg);
        return ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray()));
    }
}
