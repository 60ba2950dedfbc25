package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A known person of the face gallery with the photos to recognise them by (in the source bucket). Keyed by
 * {@code personId} on the compacted topic {@value Topics#PEOPLE}; enrolling again with the same id replaces the
 * person, a tombstone removes them. Not a video event.
 */
public record PersonEnrolled(
        @JsonProperty(required = true) String personId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) List<ObjectRef> photos) {

    public PersonEnrolled {
        Require.text(personId, "personId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.text(name, "name");
        photos = List.copyOf(Require.present(photos, "photos"));
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("photos must not be empty");
        }
    }

    public static PersonEnrolled create(String personId, String name, List<ObjectRef> photos) {
        return new PersonEnrolled(personId, UUID.randomUUID(), Instant.now(), name, photos);
    }
}
