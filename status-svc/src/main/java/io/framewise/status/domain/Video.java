package io.framewise.status.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One video and what its stages have reported. JSON-valued columns hold the event contract's records. */
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

    /** {@link io.framewise.events.Probe} as JSON. */
    public String probe;

    /** Comma-separated {@link io.framewise.events.Stage} wire names, from render.start. */
    @Column(name = "expected_stages")
    public String expectedStages;

    /** {@link io.framewise.events.ImageAsset} as JSON. */
    public String gif;

    /** {@link io.framewise.events.ImageAsset} as JSON. */
    public String webp;

    /** {@link io.framewise.events.StoryboardCreated} as JSON. */
    public String storyboard;

    /** {@link io.framewise.events.RenditionsCreated} as JSON. */
    public String renditions;

    /** {@link io.framewise.events.TranscriptCreated} as JSON (its text is also indexed in video_transcripts). */
    public String transcript;

    /** Map of stage name to the list of {@link io.framewise.events.ModelRef} that made its result, as JSON. */
    public String models;

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
