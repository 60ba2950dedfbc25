package io.framewise.gateway.upload.domain;

import io.framewise.events.UploadSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A video the gateway has taken in (or is taking in), however it came. */
@Entity
@Table(name = "ingests", schema = "gateway")
public class Ingest extends PanacheEntityBase {

    @Id
    public String id;

    /** {@link UploadSource} wire name. */
    public String source;

    @Enumerated(EnumType.STRING)
    public IngestState state;

    public String filename;

    /** For presigned uploads, the Content-Type the URL was signed with. */
    @Column(name = "content_type")
    public String contentType;

    @Column(name = "import_url")
    public String importUrl;

    /** Where the video is (or is to be) stored in the source bucket. */
    @Column(name = "object_key")
    public String objectKey;

    public Long bytes;

    public String error;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When a presigned upload URL stops working. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** When the sweeper removed what the expired presigned URL may have left behind. */
    @Column(name = "swept_at")
    public Instant sweptAt;

    public static Ingest of(String id, UploadSource source, IngestState state) {
        Ingest ingest = new Ingest();
        ingest.id = id;
        ingest.source = source.wireName();
        ingest.state = state;
        ingest.createdAt = Instant.now();
        ingest.updatedAt = ingest.createdAt;
        return ingest;
    }

    public UploadSource uploadSource() {
        return UploadSource.fromWire(source);
    }
}
