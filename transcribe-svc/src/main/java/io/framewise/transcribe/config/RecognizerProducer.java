package io.framewise.transcribe.config;

import io.framewise.transcribe.service.SpeechRecognizer;
import io.framewise.transcribe.sphinx.PocketsphinxRecognizer;
import io.framewise.transcribe.sphinx.Sphinx4Recognizer;
import io.framewise.transcribe.vosk.VoskRecognizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** The {@link SpeechRecognizer} that {@code framewise.transcribe.model} names. */
public class RecognizerProducer {

    private static final Logger LOG = Logger.getLogger(RecognizerProducer.class);

    @Produces
    @ApplicationScoped
    SpeechRecognizer recognizer(TranscribeConfig config) {
        return create(config);
    }

    /** The recogniser the configuration names; also what the evaluation runs, outside the application. */
    public static SpeechRecognizer create(TranscribeConfig config) {
        return switch (config.model()) {
            case "pocketsphinx-en-us" -> {
                PocketsphinxRecognizer recognizer = new PocketsphinxRecognizer(config.pocketsphinx());
                if (!recognizer.installed()) {
                    // Not fatal at startup (health and metrics still answer); each job fails with the reason.
                    LOG.errorf("pocketsphinx is not installed: %s with its model in %s is needed "
                                    + "(apt-get install pocketsphinx pocketsphinx-en-us), or set "
                                    + "framewise.transcribe.model=sphinx4-en-us", config.pocketsphinx().binary(),
                            config.pocketsphinx().modelDirectory());
                }
                yield recognizer;
            }
            case "sphinx4-en-us" -> new Sphinx4Recognizer(config.sphinx4());
            case "vosk-en-us" -> new VoskRecognizer(config.vosk());
            default -> throw new IllegalArgumentException("framewise.transcribe.model: unknown model '"
                    + config.model() + "' (known: vosk-en-us, pocketsphinx-en-us, sphinx4-en-us)");
        };
    }
}
