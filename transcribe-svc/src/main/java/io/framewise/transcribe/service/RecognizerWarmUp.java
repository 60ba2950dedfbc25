package io.framewise.transcribe.service;

import io.framewise.events.ModelRef;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the recogniser's model while the service starts (Vosk: copies and checks its files, loads them: a few
 * seconds), on a thread of its own so readiness does not wait for it, and logs what model the transcripts will
 * name. Without it the first video paid for the load. A model that cannot be loaded is logged here and fails the
 * jobs with the reason.
 */
@ApplicationScoped
class RecognizerWarmUp {

    private static final Logger LOG = Logger.getLogger(RecognizerWarmUp.class);

    private final SpeechRecognizer recognizer;

    RecognizerWarmUp(SpeechRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    void onStart(@Observes StartupEvent started) {
        Thread.ofVirtual().name("recognizer-warm-up").start(() -> {
            long begun = System.nanoTime();
            try {
                ModelRef model = recognizer.model();
                LOG.infof("speech model ready in %d ms: %s, %s, sha256 %s", (System.nanoTime() - begun) / 1_000_000,
                        model.name(), model.version(), model.sha256());
            } catch (RuntimeException e) {
                LOG.errorf("the speech model could not be loaded: %s", e.getMessage());
            }
        });
    }
}
