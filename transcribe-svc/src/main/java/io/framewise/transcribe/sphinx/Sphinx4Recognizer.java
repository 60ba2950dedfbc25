package io.framewise.transcribe.sphinx;

import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.result.WordResult;
import edu.cmu.sphinx.util.LogMath;
import io.framewise.transcribe.config.TranscribeConfig;
import io.framewise.events.ModelRef;
import io.framewise.transcribe.domain.TimedWord;
import io.framewise.events.ModelDigest;
import io.framewise.transcribe.service.SpeechRecognizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * CMU Sphinx4 with the US-English model of {@code sphinx4-data}: acoustic model, CMU dictionary (134k words)
 * and a 3-gram language model, all read from the classpath. Decoders are pooled: each job borrows one and gives
 * it back, so the models are loaded once per concurrent job, not once per video. Pure Java: the alternative
 * where the pocketsphinx package cannot be installed.
 */
public final class Sphinx4Recognizer implements SpeechRecognizer {

    private static final Logger LOG = Logger.getLogger(Sphinx4Recognizer.class);
    static final String MODEL = "resource:/edu/cmu/sphinx/models/en-us/";
    private static final String CONFIG = "/io/framewise/transcribe/sphinx/decoder.config.xml";

    private static final String MODEL_RESOURCES = "/edu/cmu/sphinx/models/en-us/";
    private static final List<String> MODEL_FILES = List.of("en-us/README", "en-us/feat.params", "en-us/mdef",
            "en-us/means", "en-us/mixture_weights", "en-us/noisedict", "en-us/sendump", "en-us/transition_matrices",
            "en-us/variances", "en-us.lm.bin", "cmudict-en-us.dict");

    private final TranscribeConfig.Sphinx4 config;
    private final ConcurrentLinkedQueue<Sphinx4Decoder> idle = new ConcurrentLinkedQueue<>();

    public Sphinx4Recognizer(TranscribeConfig.Sphinx4 config) {
        this.config = config;
    }

    @Override
    public String engine() {
        return "sphinx4-5prealpha/en-us";
    }

    /** sphinx4-data's en-us model: the acoustic model's files, the language model and the dictionary. */
    @Override
    public ModelRef model() {
        return Provenance.MODEL;
    }

    /** Computed on first use only: it reads the model's 49 MB. */
    private static final class Provenance {
        static final ModelRef MODEL = new ModelRef("cmusphinx-en-us (sphinx4-data)",
                "net.sf.phat:sphinx4-data:5prealpha (Maven Central)", ModelDigest.ofSources(MODEL_FILES.stream()
                .<ModelDigest.Source>map(f -> () -> resource(MODEL_RESOURCES + f)).toList()));
    }

    @Override
    public void recognize(InputStream pcm, Consumer<TimedWord> words) throws IOException {
        Sphinx4Decoder decoder = borrow();
        boolean reusable = false;
        try {
            decoder.start(pcm);
            SpeechResult result;
            while ((result = decoder.next()) != null) {
                List<WordResult> found;
                boolean posteriors = true;
                try {
                    found = result.getWords();
                } catch (RuntimeException e) {
                    // Sphinx4 cannot always walk its own lattice when a narrow beam pruned it: take the best
                    // path's words instead, which have times but no posterior.
                    LOG.debugf("no lattice path (%s): best path without confidences", e.getMessage());
                    found = result.getResult().getTimedBestResult(false);
                    posteriors = false;
                }
                for (WordResult word : found) {
                    if (!word.isFiller()) {
                        words.accept(toWord(word, posteriors));
                    }
                }
            }
            reusable = true;
        } catch (RuntimeException e) {
            // Sphinx4 wraps read errors of the stream; surface the I/O problem itself.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } finally {
            // A decoder that stopped half-way may hold a half-read stream: drop it rather than reuse it.
            if (reusable) {
                idle.add(decoder);
            }
        }
    }

    private static TimedWord toWord(WordResult word, boolean posteriors) {
        // Sphinx4 writes alternate pronunciations as "read(2)" in some paths; the word is the same.
        String text = word.getWord().getSpelling().toLowerCase(Locale.ROOT).replaceAll("\\(\\d+\\)$", "");
        long start = word.getTimeFrame().getStart();
        long end = Math.max(start, word.getTimeFrame().getEnd());
        // A lattice word's confidence is its log-domain posterior probability.
        double posterior = posteriors ? LogMath.getLogMath().logToLinear((float) word.getConfidence()) : Double.NaN;
        Double confidence = Double.isFinite(posterior) ? Math.max(0, Math.min(1, posterior)) : null;
        return new TimedWord(text, start, end, confidence);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Sphinx4Recognizer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the classpath (net.sf.phat:sphinx4-data)");
        }
        return in;
    }

    private Sphinx4Decoder borrow() throws IOException {
        Sphinx4Decoder decoder = idle.poll();
        return decoder != null ? decoder : newDecoder();
    }

    /** A decoder over the shipped model, with the configured beams written into Sphinx4's XML configuration. */
    Sphinx4Decoder newDecoder() throws IOException {
        Configuration configuration = new Configuration();
        configuration.setAcousticModelPath(MODEL + "en-us");
        configuration.setDictionaryPath(MODEL + "cmudict-en-us.dict");
        configuration.setLanguageModelPath(MODEL + "en-us.lm.bin");
        String xml;
        try (InputStream in = Sphinx4Recognizer.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is missing from the classpath");
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@BEAM@", Integer.toString(config.beam()))
                    .replace("@WORD_BEAM@", Integer.toString(config.wordBeam()));
        }
        // Sphinx4 reads its configuration from a URL; the file is needed only while the context is built.
        Path file = Files.createTempFile("sphinx4-", ".config.xml");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            return new Sphinx4Decoder(new Context(file.toUri().toURL().toString(), configuration));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
