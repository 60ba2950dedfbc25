package io.framewise.gateway.people.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.PersonEnrolled;
import io.framewise.events.StorageKeys;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.core.service.PrintableText;
import io.framewise.gateway.people.config.PeopleConfig;
import io.framewise.gateway.people.domain.Person;
import io.framewise.gateway.people.messaging.PeoplePublisher;
import io.framewise.gateway.people.repository.PersonRepository;
import io.framewise.kit.image.ImageHeader;
import io.framewise.kit.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The people gallery: enrol (photos checked and stored, a row, {@code PersonEnrolled} on the people topic), list,
 * read, remove (tombstone, photos, row). Blocking: call it from worker threads.
 */
@ApplicationScoped
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A photo as received: the part's name for messages and where Quarkus spooled it. */
    public record Photo(String filename, Path file) {
    }

    /** A photo the gallery refuses; {@link #code()} is the stable API error code. */
    public static final class PhotoRejectedException extends RuntimeException {
        private final String code;
        private final int status;

        PhotoRejectedException(String code, int status, String message) {
            super(message);
            this.code = code;
            this.status = status;
        }

        public String code() {
            return code;
        }

        public int status() {
            return status;
        }
    }

    /** 404 for a person id. */
    public static final class PersonNotFoundException extends RuntimeException {
        public PersonNotFoundException(String id) {
            super("no person with id " + id);
        }
    }

    private final ObjectStore store;
    private final PersonRepository people;
    private final PeoplePublisher publisher;
    private final PeopleConfig config;

    public PeopleService(ObjectStore store, PersonRepository people, PeoplePublisher publisher, PeopleConfig config) {
        this.store = store;
        this.people = people;
        this.publisher = publisher;
        this.config = config;
    }

    public Person enrol(String rawName, List<Photo> photos) {
        String name = rawName == null ? "" : PrintableText.of(rawName);
        if (name.isEmpty()) throw new InvalidRequestException("send the person's name as the multipart part 'name'");
        if (name.length() > config.maxNameLength()) {
            throw new InvalidRequestException("the name is longer than " + config.maxNameLength() + " characters");
        }
        if (photos == null || photos.isEmpty()) {
            throw new InvalidRequestException("send at least one photo as a multipart part named 'photo'");
        }
        if (photos.size() > config.maxPhotos()) {
            throw new InvalidRequestException("at most " + config.maxPhotos() + " photos per person, got " + photos.size());
        }
        List<String> types = new ArrayList<>();
        for (Photo p : photos) types.add(check(p));

        String id = UUID.randomUUID().toString();
        List<ObjectRef> refs = new ArrayList<>();
        try {
            for (int i = 0; i < photos.size(); i++) {
                ObjectRef ref = new ObjectRef(store.sourceBucket(), StorageKeys.personPhoto(id, i));
                store.put(ref, photos.get(i).file(), types.get(i));
                refs.add(ref);
            }
            Person person = new Person();
            person.id = id;
            person.name = name;
            person.photos = refs.size();
            person.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            QuarkusTransaction.requiringNew().run(() -> people.persist(person));
            publisher.enrolled(PersonEnrolled.create(id, name, refs));
            LOG.infof("Enrolled person %s with %d photos", id, refs.size());
            return person;
        } catch (RuntimeException e) {
            // leave nothing half-made behind: no photos, no row (the topic got nothing, or the record was the last step)
            store.deletePrefix(store.sourceBucket(), StorageKeys.personPrefix(id));
            try {
                QuarkusTransaction.requiringNew().call(() -> people.deleteById(id));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Transactional
    public List<Person> list() {
        return people.all();
    }

    @Transactional
    public Optional<Person> find(String id) {
        if (!StorageKeys.isValidVideoId(id)) return Optional.empty();
        return people.findByIdOptional(id);
    }

    /** Tombstone first (so every label-svc forgets them), then the photos, then the row. */
    public void remove(String id) {
        Person person = find(id).orElseThrow(() -> new PersonNotFoundException(id));
        publisher.removed(person.id);
        int deleted = store.deletePrefix(store.sourceBucket(), StorageKeys.personPrefix(person.id));
        QuarkusTransaction.requiringNew().call(() -> people.deleteById(person.id));
        LOG.infof("Removed person %s (%d photos)", person.id, deleted);
    }

    /** Size and type from the bytes (JPEG or PNG), never from the file name or the declared content type. */
    private String check(Photo photo) {
        try {
            long size = Files.size(photo.file());
            if (size == 0) throw new PhotoRejectedException("EmptyPhoto", 400, "the photo '" + photo.filename() + "' is empty");
            if (size > config.maxPhotoBytes()) {
                throw new PhotoRejectedException("PayloadTooLarge", 413, "the photo '" + photo.filename()
                        + "' is larger than the limit of " + config.maxPhotoBytes() + " bytes");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(photo.file())) {
                head = in.readNBytes(PNG.length);
            }
            String type = startsWith(head, JPEG) ? "image/jpeg" : startsWith(head, PNG) ? "image/png" : null;
            if (type == null) {
                throw new PhotoRejectedException("UnsupportedPhoto", 415, "the photo '" + photo.filename()
                        + "' is not a JPEG or PNG image (judged by its bytes)");
            }
            checkDimensions(photo);
            return type;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded photo: " + e.getMessage(), e);
        }
    }

    /** From the header alone, before anyone decodes it: a small file may declare a picture too large for memory. */
    private void checkDimensions(Photo photo) {
        ImageHeader header;
        try {
            header = ImageHeader.of(photo.file()).filter(h -> h.width() > 0 && h.height() > 0).orElse(null);
        } catch (IOException e) {
            header = null;
        }
        if (header == null) {
            throw new PhotoRejectedException("UnsupportedPhoto", 415, "the photo '" + photo.filename()
                    + "' has no readable image header");
        }
        if (header.pixels() > config.maxPhotoPixels()) {
            throw new PhotoRejectedException("PhotoTooLarge", 413, "the photo '" + photo.filename() + "' is "
                    + header.width() + "x" + header.height() + " pixels; at most " + config.maxPhotoPixels()
                    + " pixels are accepted");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
