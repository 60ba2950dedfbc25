package io.framewise.transcribe.vosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.transcribe.config.TranscribeConfig;
import io.framewise.events.ModelRef;
import io.framewise.transcribe.domain.TimedWord;
import io.framewise.transcribe.service.SpeechRecognizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Vosk (Kaldi's online decoder, TDNN acoustic model with i-vectors and an n-gram graph) with Alpha Cephei's small
 * US-English model, both from Maven Central, run in-process through JNA. The model is loaded once and shared by
 * all jobs (Kaldi's model is read-only); each job gets its own recogniser, fed the PCM as it is decoded. Vosk cuts
 * the stream into utterances at its own endpoints and gives, per utterance, each word with its start, end and
 * confidence, times counted from the start of the stream.
 */
public final class VoskRecognizer implements SpeechRecognizer {

    /** Samples handed to Kaldi at a time: a quarter of a second. */
    private static final int CHUNK_BYTES = 8_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Properties VERSIONS = versions();

    private final TranscribeConfig.Vosk config;
    private Model model;
    private ModelRef provenance;

    public VoskRecognizer(TranscribeConfig.Vosk config) {
        this.config = config;
    }

    @Override
    public String engine() {
        return "vosk-" + VERSIONS.getProperty("vosk.version") + "/en-us-small";
    }

    @Override
    public synchronized ModelRef model() {
        loaded();
        return provenance;
    }

    @Override
    public void recognize(InputStream pcm, Consumer<TimedWord> words) throws IOException {
        try (Recognizer recognizer = new Recognizer(loaded(), 16_000f)) {
            recognizer.setWords(true);
            byte[] chunk = new byte[CHUNK_BYTES];
            for (int n; (n = pcm.readNBytes(chunk, 0, chunk.length)) > 0; ) {
                if (recognizer.acceptWaveForm(chunk, n - n % 2)) {
                    emit(recognizer.getResult(), words);
                }
            }
            emit(recognizer.getFinalResult(), words);
        }
    }

    /** The model, loaded (and its files checked) on first use. */
    synchronized Model loaded() {
        if (model == null) {
            try {
                LibVosk.setLogLevel(LogLevel.WARNINGS);
                Path directory = VoskModelFiles.directory(config.modelDirectory().orElse(""));
                provenance = new ModelRef("vosk-model-small-en-us-0.15",
                        "com.alphacephei:vosk-model-en:" + VERSIONS.getProperty("vosk-model.version")
                                + " (Maven Central)", VoskModelFiles.digest(directory));
                model = new Model(directory.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("the Vosk model could not be loaded: " + e.getMessage(), e);
            }
        }
        return model;
    }

    /** An utterance's result: {@code {"result": [{"conf", "start", "end", "word"}, …], "text": …}}. */
    private static void emit(String result, Consumer<TimedWord> words) throws IOException {
        JsonNode utterance = JSON.readTree(result);
        for (JsonNode word : utterance.path("result")) {
            String text = word.path("word").asText("").toLowerCase(Locale.ROOT);
            if (text.isBlank() || text.startsWith("[") || text.startsWith("<")) {
                continue; // [unk] and the like are not words
            }
            long start = Math.round(word.path("start").asDouble() * 1000);
            long end = Math.max(start, Math.round(word.path("end").asDouble() * 1000));
            double confidence = Math.max(0, Math.min(1, word.path("conf").asDouble()));
            words.accept(new TimedWord(text, start, end, confidence));
        }
    }

    private static Properties versions() {
        Properties versions = new Properties();
        try (InputStream in = VoskRecognizer.class.getResourceAsStream("vosk.properties")) {
            if (in == null) {
                throw new IllegalStateException("vosk.properties is missing from the classpath");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
