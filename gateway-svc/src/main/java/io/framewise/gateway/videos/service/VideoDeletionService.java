package io.framewise.gateway.videos.service;

import io.framewise.events.StorageKeys;
import io.framewise.gateway.core.service.VideoNotFoundException;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.gateway.videos.client.StatusClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Deletes a video everywhere. status-svc removes the rows and every object under the video's prefixes and
 * keeps a tombstone that cleans up after stages still working on it. The gateway asks for that tombstone even
 * when status-svc has not seen the video yet (it was just uploaded, or is still importing), and marks its own
 * record deleted so a running import or a late {@code /uploaded} stops. Idempotent: deleting a deleted video
 * is a success again; only an id never known is "not found".
 */
@ApplicationScoped
public class VideoDeletionService {

    private final StatusClient status;
    private final IngestRepository ingests;

    public VideoDeletionService(@RestClient StatusClient status, IngestRepository ingests) {
        this.status = status;
        this.ingests = ingests;
    }

    public void delete(String videoId) {
        if (!StorageKeys.isValidVideoId(videoId)) {
            throw new VideoNotFoundException(videoId);
        }
        Ingest ingest = QuarkusTransaction.requiringNew().call(() -> ingests.findById(videoId));
        boolean known = ingest != null;
        if (known) {
            QuarkusTransaction.requiringNew().call(() -> ingests.deleted(videoId));
        }
        try {
            status.delete(videoId, known).close();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            throw new VideoNotFoundException(videoId);
        }
    }
}
