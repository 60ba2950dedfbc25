package io.framewise.transcribe.service;

import io.framewise.events.ModelRef;
import io.framewise.transcribe.domain.TimedWord;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A speech-to-text engine. It reads raw PCM (signed 16-bit little-endian, mono, 16 kHz) as a stream and hands
 * each recognised word on in time order, as soon as it is sure of it, so nothing proportional to the audio's
 * length is held. Fillers (silence, breath, noise) are not words. Implementations may be called from several
 * threads at once.
 */
public interface SpeechRecognizer {

    /** Engine and model, e.g. {@code sphinx4-5prealpha/en-us}; written into every transcript. */
    String engine();

    /**
     * The model that makes the transcripts: name, package and version, SHA-256 over its files. Computed once
     * (reading the model's files); written into every transcript.
     */
    ModelRef model();

    void recognize(InputStream pcm, Consumer<TimedWord> words) throws IOException;
}
