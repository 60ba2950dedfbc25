package io.framewise.label.model;

/**
 * One face a {@link FaceDetector} found. The box is in fractions (0..1) of the image's width and height,
 * clipped to the image; the eye centres are in pixels of the image (they let an embedder level and scale the
 * face). {@code rightEye} is the subject's right eye, so it is usually on the left of the picture.
 *
 * @param confidence the detector's score, 0..1
 */
public record DetectedFace(double left, double top, double width, double height, double confidence,
                           double rightEyeX, double rightEyeY, double leftEyeX, double leftEyeY) {

    /** The box's width in pixels of an image {@code imageWidth} wide (used for the minimum face size). */
    public double widthPixels(int imageWidth) {
        return width * imageWidth;
    }

    /** The box's area as a fraction of the image (to pick the largest face). */
    public double area() {
        return width * height;
    }
}
