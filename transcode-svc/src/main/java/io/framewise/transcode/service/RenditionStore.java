package io.framewise.transcode.service;

import io.framewise.media.FfmpegIdentity;
import io.framewise.events.EventIds;
import io.framewise.events.MediaFile;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StorageKeys;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.media.transcode.HlsPlaylists;
import io.framewise.media.transcode.MediaStreams;
import io.framewise.media.transcode.StreamInfo;
import io.framewise.media.transcode.TranscodeException;
import io.framewise.media.transcode.TranscodePlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores the MP4 renditions, the MP3 and the HLS ladder (each rung's playlist and segments, then the master
 * playlist, last, so a player that finds the master finds everything it names), and describes them, as read back
 * from the files, in {@code renditions.created}.
 */
@ApplicationScoped
public class RenditionStore {

    /** The S3 client's connection pool allows 50; a few at once already keep a local disk or link busy. */
    private static final int UPLOADS_AT_ONCE = 4;

    private final ObjectStore store;

    public RenditionStore(ObjectStore store) {
        this.store = store;
    }

    public RenditionsCreated store(RenderStart start, TranscodePlan plan)
            throws IOException, TranscodeException, InterruptedException {
        String videoId = start.videoId();
        List<MediaFile> renditions = new ArrayList<>();
        List<HlsPlaylists.Variant> variants = new ArrayList<>();
        List<ParallelUploads.Upload> files = new ArrayList<>();
        List<ParallelUploads.Upload> playlists = new ArrayList<>();
        for (int i = 0; i < plan.renditions().size(); i++) {
            TranscodePlan.Output output = plan.renditions().get(i);
            StreamInfo info = MediaStreams.read(output.file());
            String key = StorageKeys.rendition(videoId, output.rendition().name());
            files.add(new ParallelUploads.Upload(key, output.file(), "video/mp4"));
            renditions.add(new MediaFile(output.rendition().name(), key, "video/mp4", info.videoCodec(), info.width(),
                    info.height(), info.bitrate(), Files.size(output.file())));
            if (!plan.hls().isEmpty()) {
                variants.add(hls(videoId, output.rendition().name(), plan.hls().get(i), info, files, playlists));
            }
        }
        MediaFile audio = null;
        if (plan.audio().isPresent()) {
            Path mp3 = plan.audio().get();
            StreamInfo info = MediaStreams.read(mp3);
            files.add(new ParallelUploads.Upload(StorageKeys.audio(videoId), mp3, "audio/mpeg"));
            audio = new MediaFile("audio", StorageKeys.audio(videoId), "audio/mpeg", info.audioCodec(), 0, 0,
                    info.audioBitrate() > 0 ? info.audioBitrate() : info.bitrate(), Files.size(mp3));
        }
        // Segments before the playlists that name them, the master last: whatever a player finds is complete.
        ParallelUploads.putAll(store, files, UPLOADS_AT_ONCE);
        ParallelUploads.putAll(store, playlists, UPLOADS_AT_ONCE);
        String master = null;
        if (!variants.isEmpty()) {
            master = StorageKeys.hlsMaster(videoId);
            store.put(new ObjectRef(store.renderBucket(), master),
                    HlsPlaylists.master(variants).getBytes(StandardCharsets.UTF_8), "application/vnd.apple.mpegurl");
        }
        return new RenditionsCreated(videoId, EventIds.derive(start.eventId(), "renditions.created"), Instant.now(),
                renditions, audio, master, List.of(FfmpegIdentity.current()));
    }

    /** One rung under {@code hls/{name}/}: its segments and playlist to upload; its variant line for the master. */
    private static HlsPlaylists.Variant hls(String videoId, String name, Path playlist, StreamInfo info,
                                            List<ParallelUploads.Upload> files,
                                            List<ParallelUploads.Upload> playlists) throws IOException {
        String prefix = StorageKeys.hlsPrefix(videoId) + name + "/";
        for (HlsPlaylists.Segment segment : HlsPlaylists.segments(playlist)) {
            if (segment.uri().contains("/")) {
                // Keys are built from names this service chose; a path here would be FFmpeg's, not a segment's.
                throw new IOException("HLS playlist " + name + " names a segment outside its folder: " + segment.uri());
            }
            files.add(new ParallelUploads.Upload(prefix + segment.uri(), playlist.resolveSibling(segment.uri()),
                    "video/mp2t"));
        }
        playlists.add(new ParallelUploads.Upload(prefix + playlist.getFileName(), playlist,
                "application/vnd.apple.mpegurl"));
        return HlsPlaylists.measure(playlist, name + "/" + playlist.getFileName(), info.width(), info.height(),
                info.codecs());
    }
}
