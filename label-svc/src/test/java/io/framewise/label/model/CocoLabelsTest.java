package io.framewise.label.model;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The label table: 80 unique, readable, Rekognition-capitalised names in the detectors' (COCO / darknet) order. */
class CocoLabelsTest {

    /** darknet's VOC-style entries -> COCO 2017 names. */
    private static final Map<String, String> VOC_STYLE = Map.of("motorbike", "motorcycle", "aeroplane", "airplane",
            "sofa", "couch", "pottedplant", "potted plant", "diningtable", "dining table", "tvmonitor", "tv");
    /** Where Framewise's name is not just the COCO name in title case (documented in the README). */
    private static final Map<String, String> RENAMED = Map.of("sports ball", "Ball", "tv", "TV",
            "mouse", "Computer Mouse", "keyboard", "Computer Keyboard", "remote", "Remote Control",
            "hair drier", "Hair Dryer");

    private final CocoLabels table = CocoLabels.load();

    @Test
    void eightyUniqueReadableNamesInDarknetCocoNamesOrder() throws Exception {
        List<String> darknet;
        try (InputStream in = CocoLabelsTest.class.getResourceAsStream("coco.names")) {
            darknet = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(s -> !s.isBlank()).toList();
        }
        assertThat(darknet).hasSize(80);
        List<String> expected = darknet.stream().map(d -> VOC_STYLE.getOrDefault(d, d))
                .map(coco -> RENAMED.getOrDefault(coco, titleCase(coco))).toList();

        assertThat(table.names()).hasSize(80).doesNotHaveDuplicates().containsExactlyElementsOf(expected)
                .allMatch(n -> n.matches("TV|[A-Z][a-z]+( [A-Z][a-z]+)*"), "readable words, each capitalised");
        assertThat(table.names()).contains("Person", "Dog", "Traffic Light", "Cell Phone", "Dining Table");
    }

    @Test
    void parentsAreTheReadableCocoSupercategories() {
        assertThat(table.parents(0)).isEmpty(); // Person
        assertThat(table.parents(16)).containsExactly("Animal"); // Dog
        assertThat(table.parents(2)).containsExactly("Vehicle"); // Car
        assertThat(table.parents(53)).containsExactly("Food"); // Pizza
        Set<String> parents = IntStream.range(1, 80).mapToObj(table::parents)
                .peek(p -> assertThat(p).hasSize(1)).flatMap(List::stream).collect(Collectors.toSet());
        assertThat(parents).containsExactlyInAnyOrder("Vehicle", "Outdoors", "Animal", "Accessories", "Sports",
                "Kitchenware", "Food", "Furniture", "Electronics", "Appliance", "Household");
    }

    private static String titleCase(String s) {
        return Arrays.stream(s.split(" ")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
