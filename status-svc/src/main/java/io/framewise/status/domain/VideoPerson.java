package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A known person seen in a finished video, kept as a row so videos can be found by person. */
@Entity
@Table(name = "video_people")
@IdClass(VideoPerson.Key.class)
public class VideoPerson extends PanacheEntityBase {

    @Id
    @Column(name = "video_id")
    public String videoId;

    @Id
    @Column(name = "person_id")
    public String personId;

    public String name;

    /** In how many captures the person was matched. */
    public int appearances;

    @Column(name = "first_ms")
    public long firstMs;

    /** The composite key (video, person). */
    public static class Key implements Serializable {
        public String videoId;
        public String personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(videoId, that.videoId)
                    && Objects.equals(personId, that.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(videoId, personId);
        }
    }
}
