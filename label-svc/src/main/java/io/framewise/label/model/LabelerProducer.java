package io.framewise.label.model;

import io.framewise.label.config.LabelConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes the configured {@link Labeler} injectable, loaded once at startup (so a broken model fails the start, not the first capture). */
@ApplicationScoped
public class LabelerProducer {

    private static final Logger LOG = Logger.getLogger(LabelerProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    Labeler labeler(LabelConfig config) {
        try {
            OnnxDetectorLabeler l = OnnxDetectorLabeler.load(config.model(), config.threads(), config.maxLabels(),
                    config.minConfidence());
            LOG.infof("Loaded %s in %d ms (%s; threads %d, max-labels %d, min-confidence %.1f; weights SHA-256 %s)",
                    l.modelName(), l.loadMillis(), l.options(), config.threads(), config.maxLabels(),
                    config.minConfidence(), l.models().get(0).sha256());
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the label model " + config.model(), e);
        }
    }

    void close(@Disposes Labeler labeler) throws Exception {
        if (labeler instanceof AutoCloseable c) c.close();
    }
}
