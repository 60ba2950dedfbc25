package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One keyframe capture of a video, and its labels once label-svc has reported them. */
@Entity
@Table(name = "captures")
@IdClass(CaptureId.class)
public class Capture extends PanacheEntityBase {

    @Id
    @Column(name = "video_id")
    public String videoId;

    @Id
    public int idx;

    @Column(name = "time_ms")
    public long timeMs;

    public String key;

    public Integer width;

    public Integer height;

    /** List of {@link io.framewise.events.Label} as JSON; null until labelled. */
    public String labels;

    /** List of {@link io.framewise.events.Face} as JSON. */
    public String faces;

    /** List of {@link io.framewise.events.ModelRef} that labelled this capture, as JSON. */
    public String models;

    @Column(name = "labeled_at")
    public Instant labeledAt;
}
