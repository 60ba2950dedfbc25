package io.framewise.gateway.upload.repository;

import io.framewise.events.UploadSource;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class IngestRepository implements PanacheRepositoryBase<Ingest, String> {

    /**
     * Moves the ingest from one state to another if, and only if, it is in the first: the atomic claim that
     * lets exactly one of several concurrent callers go on.
     */
    public boolean transition(String id, IngestState from, IngestState to) {
        return update("state = ?1, updatedAt = ?2 where id = ?3 and state = ?4", to, Instant.now(), id, from) == 1;
    }

    public void accepted(String id, String objectKey, long bytes, String filename) {
        update("state = ?1, objectKey = ?2, bytes = ?3, filename = coalesce(?4, filename), "
                        + "updatedAt = ?5 where id = ?6 and state <> ?7",
                IngestState.ACCEPTED, objectKey, bytes, filename, Instant.now(), id, IngestState.DELETED);
    }

    /** Fails an import still running; false if it was not (already failed, accepted or deleted). */
    public boolean failIfImporting(String id, String error) {
        return update("state = ?1, error = ?2, updatedAt = ?3 where id = ?4 and state = ?5",
                IngestState.FAILED, error, Instant.now(), id, IngestState.IMPORTING) == 1;
    }

    /** Marks it deleted; false if the gateway never had it. */
    public boolean deleted(String id) {
        return update("state = ?1, updatedAt = ?2 where id = ?3", IngestState.DELETED, Instant.now(), id) == 1;
    }

    /** Imports still IMPORTING long after any download could have ended: their instance went away. */
    public List<Ingest> abandonedImports(Instant cutOff, int limit) {
        return find("state = ?1 and updatedAt < ?2", Sort.ascending("updatedAt"), IngestState.IMPORTING, cutOff)
                .page(Page.ofSize(limit)).list();
    }

    /** Presigned tickets whose URL expired before the cut-off and that were not swept yet, oldest first. */
    public List<Ingest> unsweptPresigned(Instant cutOff, int limit) {
        return find("source = ?1 and expiresAt < ?2 and sweptAt is null", Sort.ascending("expiresAt"),
                UploadSource.PRESIGNED.wireName(), cutOff).page(Page.ofSize(limit)).list();
    }

    /** Marks the ticket swept; one still awaiting its upload fails with the reason. */
    public void swept(String id, String reasonIfUnconfirmed) {
        Instant now = Instant.now();
        update("state = ?1, error = ?2, updatedAt = ?3 where id = ?4 and state = ?5", IngestState.FAILED,
                reasonIfUnconfirmed, now, id, IngestState.AWAITING_UPLOAD);
        update("sweptAt = ?1 where id = ?2", now, id);
    }
}
