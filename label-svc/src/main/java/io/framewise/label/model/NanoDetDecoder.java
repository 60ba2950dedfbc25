package io.framewise.label.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * NanoDet's GFL head, decoded as {@code nanodet/model/head/gfl_head.py} does: per level (stride 8, 16, 32) and cell,
 * sigmoid class scores (the graph applies the sigmoid) and, per box side (left, top, right, bottom), a distribution
 * over 0..reg_max bins; the side's distance is the distribution's expectation (softmax, then the integral) times the
 * stride, measured from the cell's centre ({@code (x + 0.5) * stride}).
 */
final class NanoDetDecoder implements DetectionDecoder {

    private static final int CLASSES = CocoLabels.CLASSES;

    /** One level: its class-score and box-distribution outputs, grid side and stride. */
    record Level(String scores, String boxes, int grid, int stride, int bins) {}

    private final List<Level> levels;

    NanoDetDecoder(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** Finds the levels in the graph's signature: outputs [1, HW, 80] and [1, HW, 4 x bins] of equal HW. */
    static NanoDetDecoder of(JsonNode signature, int inputSize) throws IOException {
        Map<Integer, String> scores = new java.util.TreeMap<>(), boxes = new java.util.TreeMap<>();
        Map<Integer, Integer> binsOf = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> o : signature.path("outputs").properties()) {
            JsonNode dims = o.getValue().path("tensorShape").path("dim");
            if (dims.size() != 3) continue;
            int cells = dims.get(1).path("size").asInt(), channels = dims.get(2).path("size").asInt();
            String name = o.getValue().path("name").asText(o.getKey()).replaceAll(":0$", "");
            if (channels == CLASSES) {
                scores.put(cells, name);
            } else if (channels % 4 == 0) {
                boxes.put(cells, name);
                binsOf.put(cells, channels / 4);
            }
        }
        if (scores.isEmpty() || !scores.keySet().equals(boxes.keySet())) {
            throw new IOException("NanoDet outputs not found in pairs: scores " + scores + ", boxes " + boxes);
        }
        List<Level> levels = new ArrayList<>();
        for (int cells : scores.keySet()) {
            int grid = (int) Math.round(Math.sqrt(cells));
            levels.add(new Level(scores.get(cells), boxes.get(cells), grid, inputSize / grid, binsOf.get(cells)));
        }
        levels.sort(Comparator.comparingInt(Level::stride));
        return new NanoDetDecoder(levels);
    }

    @Override
    public List<String> outputs() {
        List<String> names = new ArrayList<>();
        for (Level l : levels) {
            names.add(l.scores());
            names.add(l.boxes());
        }
        return names;
    }

    @Override
    public List<Detection> decode(Map<String, float[]> values, double minScore) {
        List<Detection> candidates = new ArrayList<>();
        for (Level l : levels) {
            float[] scores = values.get(l.scores()), dist = values.get(l.boxes());
            for (int cell = 0; cell < l.grid() * l.grid(); cell++) {
                Box box = null;
                for (int c = 0; c < CLASSES; c++) {
                    float s = scores[cell * CLASSES + c];
                    if (s < minScore) continue;
                    if (box == null) box = box(l, cell, dist);
                    candidates.add(new Detection(c, s, box));
                }
            }
        }
        return DetectionDecoder.perClassNms(candidates);
    }

    /** The cell's box in input pixels. */
    static Box box(Level l, int cell, float[] dist) {
        double cx = (cell % l.grid() + 0.5) * l.stride(), cy = (cell / l.grid() + 0.5) * l.stride();
        int base = cell * 4 * l.bins();
        double left = expectation(dist, base, l.bins()) * l.stride();
        double top = expectation(dist, base + l.bins(), l.bins()) * l.stride();
        double right = expectation(dist, base + 2 * l.bins(), l.bins()) * l.stride();
        double bottom = expectation(dist, base + 3 * l.bins(), l.bins()) * l.stride();
        return new Box(cx - left, cy - top, cx + right, cy + bottom);
    }

    /** Sum of i * softmax(logits)_i over the bins (the reference's {@code Integral}). */
    static double expectation(float[] logits, int from, int bins) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bins; i++) max = Math.max(max, logits[from + i]);
        double sum = 0, weighted = 0;
        for (int i = 0; i < bins; i++) {
            double e = Math.exp(logits[from + i] - max);
            sum += e;
            weighted += i * e;
        }
        return weighted / sum;
    }
}
