package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.framewise.events.ImageAsset;
import io.framewise.events.ModelRef;
import io.framewise.events.Probe;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.status.domain.column.ImageAssetColumn;
import io.framewise.status.domain.column.ProbeColumn;
import io.framewise.status.domain.column.RenditionsColumn;
import io.framewise.status.domain.column.StageListColumn;
import io.framewise.status.domain.column.StageModelsColumn;
import io.framewise.status.domain.column.StoryboardColumn;
import io.framewise.status.domain.column.TranscriptColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One video and what its stages have reported, as the event contract's records (JSON text columns, see {@code column}). */
@Entity
@Table(name = "videos")
public class Video extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public VideoStatus status = VideoStatus.PROCESSING;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    public Long bytes;

    @Column(name = "source_bucket")
    public String sourceBucket;

    @Column(name = "source_key")
    public String sourceKey;

    @Column(name = "upload_source")
    public String uploadSource;

    @Convert(converter = ProbeColumn.class)
    public Probe probe;

    /** What render.start planned; null until it has arrived. */
    @Column(name = "expected_stages")
    @Convert(converter = StageListColumn.class)
    public List<Stage> expectedStages;

    @Convert(converter = ImageAssetColumn.class)
    public ImageAsset gif;

    @Convert(converter = ImageAssetColumn.class)
    public ImageAsset webp;

    @Convert(converter = StoryboardColumn.class)
    public StoryboardCreated storyboard;

    @Convert(converter = RenditionsColumn.class)
    public RenditionsCreated renditions;

    /** Its text is also indexed in video_transcripts. */
    @Convert(converter = TranscriptColumn.class)
    public TranscriptCreated transcript;

    /** Stage wire name → the models that made its result (see StageModels). */
    @Convert(converter = StageModelsColumn.class)
    public Map<String, List<ModelRef>> models;

    @Column(name = "people_key")
    public String peopleKey;

    /** Set by capture-svc's completion marker: how many labels.done to wait for. */
    @Column(name = "captures_expected")
    public Integer capturesExpected;

    /** Stage retries so far; render.ready's id is derived from it (see VideoCompletion). */
    public int retries;

    @Column(name = "failed_stage")
    public String failedStage;

    public String error;

    @Column(name = "metadata_key")
    public String metadataKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Turns the row into a tombstone: nothing of the video is kept but its id and when it went. */
    public void markDeleted(Instant now) {
        status = VideoStatus.DELETED;
        filename = null;
        contentType = null;
        bytes = null;
        sourceBucket = null;
        sourceKey = null;
        uploadSource = null;
        probe = null;
        expectedStages = null;
        gif = null;
        webp = null;
        capturesExpected = null;
        storyboard = null;
        renditions = null;
        transcript = null;
        peopleKey = null;
        failedStage = null;
        error = null;
        metadataKey = null;
        updatedAt = now;
        deletedAt = now;
    }
}
