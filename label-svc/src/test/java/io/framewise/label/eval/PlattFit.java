package io.framewise.label.eval;

import io.framewise.label.model.ScoreCalibration;
import java.util.List;

/**
 * Fits {@link ScoreCalibration} (Platt scaling: logistic regression of "the label is right" on the logit of the raw
 * score) by Newton's method on (score, right) pairs. Used on the dev half only.
 */
final class PlattFit {

    record Sample(double score, boolean right) {}

    private PlattFit() {
    }

    static ScoreCalibration fit(List<Sample> samples) {
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (Sample s : samples) {
                double x = ScoreCalibration.logit(s.score());
                double p = 1 / (1 + Math.exp(-(a * x + b)));
                double y = s.right() ? 1 : 0;
                ga += (p - y) * x;
                gb += p - y;
                double w = Math.max(1e-9, p * (1 - p));
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            haa += 1e-6;
            hbb += 1e-6; // keeps the Hessian invertible on separable data
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) break;
        }
        return new ScoreCalibration(a, b);
    }
}
