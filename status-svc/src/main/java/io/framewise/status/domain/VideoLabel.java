package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One entry of a finished video's allLabels, kept as a row so videos can be found by label. */
@Entity
@Table(name = "video_labels")
@IdClass(VideoLabel.Key.class)
public class VideoLabel extends PanacheEntityBase {

    @Id
    @Column(name = "video_id")
    public String videoId;

    @Id
    public String name;

    public double confidence;

    /** The composite key (video, label name). */
    public static class Key implements Serializable {
        public String videoId;
        public String name;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(videoId, that.videoId) && Objects.equals(name, that.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(videoId, name);
        }
    }
}
