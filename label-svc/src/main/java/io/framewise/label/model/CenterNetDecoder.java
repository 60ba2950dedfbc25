package io.framewise.label.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CenterNet's head, decoded as the graph's own {@code tower_0/detections} branch does (which the converter leaves out:
 * it needs TopK): an object is a peak of its class heatmap (equal to the 3x3 max around it), at cell (x, y) of the
 * stride-4 grid; its box is {@code 4x - l, 4y - t, 4x + r, 4y + b} with the four side lengths of {@code tower_0/wh}
 * (already scaled by the graph).
 */
final class CenterNetDecoder implements DetectionDecoder {

    static final String HEATMAP = "tower_0/keypoints";
    static final String SIDES = "tower_0/wh";
    private static final int STRIDE = 4;
    private static final int CLASSES = CocoLabels.CLASSES;

    private final int grid;

    CenterNetDecoder(int inputSize) {
        this.grid = inputSize / STRIDE;
    }

    @Override
    public List<String> outputs() {
        return List.of(HEATMAP, SIDES);
    }

    @Override
    public List<Detection> decode(Map<String, float[]> values, double minScore) {
        float[] heat = values.get(HEATMAP), sides = values.get(SIDES);
        List<Detection> candidates = new ArrayList<>();
        for (int y = 0; y < grid; y++) {
            for (int x = 0; x < grid; x++) {
                for (int c = 0; c < CLASSES; c++) {
                    float s = heat[(y * grid + x) * CLASSES + c];
                    if (s < minScore || !peak(heat, x, y, c, s)) continue;
                    int o = (y * grid + x) * 4;
                    candidates.add(new Detection(c, s, new Box(STRIDE * x - sides[o], STRIDE * y - sides[o + 1],
                            STRIDE * x + sides[o + 2], STRIDE * y + sides[o + 3])));
                }
            }
        }
        return DetectionDecoder.perClassNms(candidates);
    }

    private boolean peak(float[] heat, int x, int y, int c, float s) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= grid || ny >= grid) continue;
                if (heat[(ny * grid + nx) * CLASSES + c] > s) return false;
            }
        }
        return true;
    }
}
