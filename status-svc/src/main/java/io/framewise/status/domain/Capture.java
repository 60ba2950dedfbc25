package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.framewise.events.Face;
import io.framewise.events.Label;
import io.framewise.events.ModelRef;
import io.framewise.status.domain.column.FacesColumn;
import io.framewise.status.domain.column.LabelsColumn;
import io.framewise.status.domain.column.ModelRefsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

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

    /** Null until labelled. */
    @Convert(converter = LabelsColumn.class)
    public List<Label> labels;

    @Convert(converter = FacesColumn.class)
    public List<Face> faces;

    /** The models that labelled this capture. */
    @Convert(converter = ModelRefsColumn.class)
    public List<ModelRef> models;

    @Column(name = "labeled_at")
    public Instant labeledAt;

    /** The labels, none where there are none yet. */
    public List<Label> labelsOrNone() {
        return labels == null ? List.of() : labels;
    }

    /** The faces, none where there are none yet. */
    public List<Face> facesOrNone() {
        return faces == null ? List.of() : faces;
    }

    /** The models that labelled it, none where it is not labelled yet. */
    public List<ModelRef> modelsOrNone() {
        return models == null ? List.of() : models;
    }
}
