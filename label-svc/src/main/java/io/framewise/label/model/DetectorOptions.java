package io.framewise.label.model;

/**
 * How a capture is prepared for a detector and how its scores are read: what {@code LabelEvaluation} compares.
 *
 * @param normalisation input channel order and scaling
 * @param letterbox     keep the picture's shape (black padding) instead of stretching it to the square input
 * @param cropBorders   take the black bars of a letterboxed or pillarboxed frame off first
 * @param calibration   raw score to probability of being right
 * @param zoomOut       0 = one pass; else a second pass with the picture drawn at this fraction of the input's side
 *                      (detectors trained on scenes miss objects that fill the whole picture), boxes of both merged
 */
public record DetectorOptions(Normalisation normalisation, boolean letterbox, boolean cropBorders,
                              ScoreCalibration calibration, double zoomOut) {

    /** What the service runs for {@code model} (the settings the evaluation measured best, see README "Model"). */
    public static DetectorOptions defaults(DetectorModel model) {
        return new DetectorOptions(model.normalisation(), true, false, model.calibration(), 0.7);
    }

    public DetectorOptions withNormalisation(Normalisation n) {
        return new DetectorOptions(n, letterbox, cropBorders, calibration, zoomOut);
    }

    public DetectorOptions withLetterbox(boolean on) {
        return new DetectorOptions(normalisation, on, cropBorders, calibration, zoomOut);
    }

    public DetectorOptions withCropBorders(boolean on) {
        return new DetectorOptions(normalisation, letterbox, on, calibration, zoomOut);
    }

    public DetectorOptions withCalibration(ScoreCalibration c) {
        return new DetectorOptions(normalisation, letterbox, cropBorders, c, zoomOut);
    }

    public DetectorOptions withZoomOut(double zoom) {
        return new DetectorOptions(normalisation, letterbox, cropBorders, calibration, zoom);
    }

    @Override
    public String toString() {
        return normalisation + (letterbox ? ", letterbox" : ", stretch") + (cropBorders ? ", bars cropped" : "")
                + (zoomOut > 0 ? ", + zoomed-out pass " + zoomOut : "")
                + (calibration.equals(ScoreCalibration.NONE) ? ", raw scores" : ", calibrated");
    }
}
