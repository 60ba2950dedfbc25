package io.framewise.label.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.PersonEnrolled;
import io.framewise.kit.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the people topic to the gallery: an enrolment downloads the person's photos and embeds the largest face
 * of each; a photo without a usable face (or not an image, or gone from storage) is logged and skipped. A person
 * left with no usable photo is removed, so an old enrolment of theirs cannot match either.
 */
@ApplicationScoped
public class EnrolmentService {

    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

    private final ObjectStore store;
    private final FaceService faces;
    private final Gallery gallery;
    private final ImageDecoder images;

    public EnrolmentService(ObjectStore store, FaceService faces, Gallery gallery, ImageDecoder images) {
        this.store = store;
        this.faces = faces;
        this.gallery = gallery;
        this.images = images;
    }

    public void enrol(PersonEnrolled person) {
        long t0 = System.nanoTime();
        List<float[]> embeddings = new ArrayList<>();
        for (ObjectRef photo : person.photos()) {
            embed(person, photo).ifPresent(embeddings::add);
        }
        if (embeddings.isEmpty()) {
            gallery.remove(person.personId());
            LOG.warnf("Person %s (%s): none of the %d photos shows a usable face; they cannot be recognised",
                    person.personId(), person.name(), person.photos().size());
            return;
        }
        gallery.put(new Gallery.Person(person.personId(), person.name(), embeddings));
        LOG.infof("Enrolled %s (%s): %d of %d photos usable, in %d ms; gallery has %d people", person.personId(),
                person.name(), embeddings.size(), person.photos().size(), (System.nanoTime() - t0) / 1_000_000,
                gallery.size());
    }

    public void remove(String personId) {
        gallery.remove(personId);
        LOG.infof("Removed person %s; gallery has %d people", personId, gallery.size());
    }

    /**
     * The photo's face, or empty (logged) when it has none or cannot be used. Nothing a photo holds may stop the
     * gallery: every replica reads the topic from its beginning, so a photo that killed the reader would kill them
     * all, at every start. Its size is judged from its header before it is decoded ({@link ImageDecoder}).
     */
    private Optional<float[]> embed(PersonEnrolled person, ObjectRef photo) {
        try {
            Optional<BufferedImage> image = images.decode(store.read(photo));
            if (image.isEmpty()) {
                LOG.warnf("Person %s: photo %s is not a readable image, skipped", person.personId(), photo.key());
                return Optional.empty();
            }
            Optional<float[]> e = faces.largestFace(image.get());
            if (e.isEmpty()) LOG.warnf("Person %s: no face found in photo %s, skipped", person.personId(), photo.key());
            return e;
        } catch (ImageDecoder.TooLargeException e) {
            LOG.warnf("Person %s: photo %s skipped: %s", person.personId(), photo.key(), e.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // OutOfMemoryError too: one decode that still did not fit is this photo's failure, not the process's.
            LOG.warnf("Person %s: photo %s could not be read (%s), skipped", person.personId(), photo.key(), e.toString());
            return Optional.empty();
        }
    }
}
