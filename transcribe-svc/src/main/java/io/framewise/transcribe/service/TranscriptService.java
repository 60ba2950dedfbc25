package io.framewise.transcribe.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.events.EventIds;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.events.StorageKeys;
import io.framewise.events.TranscriptCreated;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageFailure;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.audio.AudioExtractor;
import io.framewise.media.audio.PcmStream;
import io.framewise.transcribe.config.TranscribeConfig;
import io.framewise.transcribe.domain.Segment;
import io.framewise.transcribe.domain.Transcript;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The transcript of one video: its audio streamed out of the downloaded source as 16 kHz mono PCM, recognised,
 * cut into segments at pauses, stored as JSON (with word timings) and WebVTT. A video without an audio track, or
 * with no speech in it, gets an empty transcript: that is an answer, not a failure.
 */
@ApplicationScoped
public class TranscriptService {

    private static final Logger LOG = Logger.getLogger(TranscriptService.class);

    private final ObjectStore store;
    private final SpeechRecognizer recognizer;
    private final TranscribeConfig config;
    private final ObjectMapper json;

    public TranscriptService(ObjectStore store, SpeechRecognizer recognizer, TranscribeConfig config,
                             ObjectMapper json) {
        this.store = store;
        this.recognizer = recognizer;
        this.config = config;
        this.json = json;
    }

    public TranscriptCreated transcribe(RenderStart start, Scratch scratch) throws StageFailure, IOException {
        String videoId = start.videoId();
        Path source = scratch.file("source");
        store.download(start.source(), source);
        Transcript transcript = recognise(videoId, source);
        String jsonKey = StorageKeys.transcriptJson(videoId);
        String vttKey = StorageKeys.transcriptVtt(videoId);
        store.put(new ObjectRef(store.renderBucket(), jsonKey), toJson(transcript), "application/json");
        store.put(new ObjectRef(store.renderBucket(), vttKey),
                WebVtt.of(transcript.segments()).getBytes(StandardCharsets.UTF_8), "text/vtt; charset=utf-8");
        return new TranscriptCreated(videoId, EventIds.derive(start.eventId(), "transcript.created"), Instant.now(),
                transcript.language(), transcript.text(),
                transcript.segments().stream().map(Segment::toEvent).toList(), jsonKey, vttKey,
                transcript.engine(), transcript.model() == null ? List.of() : List.of(transcript.model()));
    }

    private Transcript recognise(String videoId, Path source) throws StageFailure, IOException {
        Optional<PcmStream> audio;
        try {
            audio = AudioExtractor.open(source);
        } catch (UnusableMediaException e) {
            throw new StageFailure(e.getMessage(), e);
        }
        if (audio.isEmpty()) {
            LOG.infof("video %s has no audio track: empty transcript", videoId);
            return Transcript.of(videoId, config.language(), recognizer.engine(), recognizer.model(), 0,
                    List.of());
        }
        Segmenter segmenter = new Segmenter(config.segmentPause(), config.maxSegment());
        long started = System.nanoTime();
        long audioMs;
        try (PcmStream pcm = audio.get()) {
            recognizer.recognize(new ProgressLog(pcm, videoId, config.progressInterval()), segmenter);
            audioMs = pcm.positionMs();
        }
        List<Segment> segments = segmenter.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("video %s: %d segments from %.1f s of audio in %.1f s (real-time factor %.2f)", videoId,
                segments.size(), audioMs / 1000.0, seconds, audioMs == 0 ? 0 : seconds * 1000 / audioMs);
        return Transcript.of(videoId, config.language(), recognizer.engine(), recognizer.model(), audioMs,
                segments);
    }

    private byte[] toJson(Transcript transcript) throws IOException {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(transcript);
        } catch (JsonProcessingException e) {
            throw new IOException("the transcript could not be written as JSON", e);
        }
    }
}
