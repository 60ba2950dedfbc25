package io.framewise.label.model;

/**
 * Maps a detector's raw score to the measured probability that the label is right (Platt scaling):
 * {@code p = sigmoid(slope * logit(score) + intercept)}. The two numbers are fitted on the dev half of the photo
 * evaluation set (label-svc's {@code LabelEvaluation} prints the fit) and judged on the held-out half; see README
 * "Model". Monotonic, so it never changes which label ranks first.
 */
public record ScoreCalibration(double slope, double intercept) {

    /** The raw score as it is. */
    public static final ScoreCalibration NONE = new ScoreCalibration(1, 0);

    public double apply(double score) {
        return 1 / (1 + Math.exp(-(slope * logit(score) + intercept)));
    }

    /** log(s / (1 - s)), with s kept off 0 and 1. */
    public static double logit(double score) {
        double s = Math.min(1 - 1e-6, Math.max(1e-6, score));
        return Math.log(s / (1 - s));
    }
}
