package io.framewise.transcribe.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How speech is recognised and cut into segments ({@code framewise.transcribe.*}). */
@ConfigMapping(prefix = "framewise.transcribe")
public interface TranscribeConfig {

    /** The language reported with every transcript; both models shipped are US English. */
    @WithDefault("en-us")
    String language();

    /**
     * Which engine and model run: {@code vosk-en-us} (Vosk's small US-English model, in the service: the default,
     * the most accurate on the evaluation by far), {@code pocketsphinx-en-us} (Debian's pocketsphinx) or
     * {@code sphinx4-en-us} (pure Java, slow): README "Engines".
     */
    @WithDefault("vosk-en-us")
    String model();

    /** A silence between two words at least this long starts a new segment (a new subtitle cue). */
    @WithDefault("PT0.6S")
    Duration segmentPause();

    /** A segment is closed at the next word once it is this long, even without a pause, so cues stay readable. */
    @WithDefault("PT8S")
    Duration maxSegment();

    /**
     * How many videos are transcribed at once (the size of the {@code transcribe-work} worker pool). Each runs
     * one recogniser on about one core: a Vosk recogniser (the ≈ 200 MB model is shared; ≈ 50 MB more per job),
     * a pocketsphinx process (≈ 110 MB) or a Sphinx4 decoder (≈ 0.5–1.5 GB of heap).
     */
    @WithDefault("1")
    int concurrency();

    /** A progress line (percent of the audio processed) is logged at most this often. */
    @WithDefault("PT30S")
    Duration progressInterval();

    Pocketsphinx pocketsphinx();

    Sphinx4 sphinx4();

    Vosk vosk();

    /** The pocketsphinx program and model (Debian packages {@code pocketsphinx}, {@code pocketsphinx-en-us}). */
    interface Pocketsphinx {

        /** The program, looked up on the PATH unless a path is given. */
        @WithDefault("pocketsphinx_continuous")
        String binary();

        /** The directory holding {@code en-us/} (acoustic model), {@code en-us.lm.bin} and {@code cmudict-en-us.dict}. */
        @WithDefault("/usr/share/pocketsphinx/model/en-us")
        String modelDirectory();

        /**
         * Further {@code pocketsphinx_continuous} options, e.g. {@code -lw 10 -beam 1e-60}, added after the
         * model's (README "Engines": the settings compared on the evaluation's dev split).
         */
        Optional<String> arguments();
    }

    /** Vosk's small US-English model (model {@code vosk-en-us}). */
    interface Vosk {

        /**
         * A directory holding the model (checked file by file against the pinned SHA-256s); by default the model
         * bundled in the service is copied once under {@code java.io.tmpdir}.
         */
        Optional<String> modelDirectory();
    }

    /** Sphinx4's search (model {@code sphinx4-en-us} only). */
    interface Sphinx4 {

        /**
         * The absolute beam: search paths kept per frame. Sphinx4's stock 20000 ran at ~7× real time here for
         * the same words as 5000; 2000 is faster still but misses far more words (README "Engines").
         */
        @WithDefault("5000")
        int beam();

        /** The absolute word beam: word ends kept per frame (stock 200). */
        @WithDefault("100")
        int wordBeam();
    }
}
