package io.framewise.label.eval;

import io.framewise.label.eval.LabelEvaluation.Variant;
import io.framewise.label.model.CocoLabels;
import io.framewise.label.model.ScoreCalibration;
import io.framewise.testkit.eval.EvalPhotos.Photo;
import io.framewise.testkit.eval.EvalPhotos.Split;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The plain-text report of {@link LabelEvaluation}: a summary per variant, then the service's labeller in detail. */
final class LabelReport {

    private static final String FRAME = "frame";
    private final StringBuilder out = new StringBuilder();

    LabelReport(String set, List<Photo> photos, Map<Variant, List<Outcome>> results) {
        long dev = photos.stream().filter(p -> p.split() == Split.DEV).count();
        line("Labels evaluation, eval.set=%s: %d photos (dev %d, test %d), each as shipped (\"photo\") and as a "
                        + "1280x720 JPEG capture (\"frame\", what label-svc receives)", set, photos.size(), dev,
                photos.size() - dev);
        line("machine: %d cores, load average %.2f, Java %s; CPU = thread CPU time of label(), 1 ONNX Runtime thread, warm",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version());
        line("");
        summary(results);
        line("");
        line("calibration (Platt) fitted on dev, frame view, per variant: slope, intercept");
        for (Map.Entry<Variant, List<Outcome>> e : results.entrySet()) {
            ScoreCalibration c = PlattFit.fit(samples(select(e.getValue(), Split.DEV, FRAME)));
            line("  %-92s %.4f %.4f", e.getKey().name(), c.slope(), c.intercept());
        }
        Map.Entry<Variant, List<Outcome>> service = results.entrySet().iterator().next();
        line("");
        line("== %s, in detail (frame view) ==", service.getKey().name());
        perClass(service.getValue());
        calibration(service.getValue());
        sweep(service.getValue());
        fit(service.getValue());
    }

    private void summary(Map<Variant, List<Outcome>> results) {
        line("%-92s %-5s %-5s %6s %6s %15s %7s %7s %6s", "variant", "split", "view", "main", "top-1", ">=50% right",
                "false/p", "labels", "CPU ms");
        for (Map.Entry<Variant, List<Outcome>> e : results.entrySet()) {
            for (Split split : Split.values()) {
                for (String view : List.of("photo", FRAME)) {
                    LabelMetrics m = new LabelMetrics(select(e.getValue(), split, view));
                    int[] fifty = m.atLeastFifty();
                    line("%-92s %-5s %-5s %6s %6s %6s (%3d/%3d) %7.2f %7d %6.1f", e.getKey().name(),
                            split.name().toLowerCase(Locale.ROOT), view, pct(m.mainFoundRate()), pct(m.topRightRate()),
                            pct(LabelMetrics.rate(fifty[1], fifty[0])), fifty[1], fifty[0], m.falsePerPhoto(),
                            m.labels, m.cpuMillisPerCapture());
                }
            }
        }
        line("main = a main object among the labels (photos with one); top-1 = the first label is in the photo; "
                + ">=50%% right = share of labels given at >= 50 %% confidence that are right; false/p = wrong labels "
                + "per photo; labels = labels given");
    }

    private void perClass(List<Outcome> outcomes) {
        line("");
        line("per class (a photo counts once per class): recall = found/in truth, precision = right/labelled");
        line("%-16s %-26s %-26s", "class", "dev recall   precision", "test recall   precision");
        LabelMetrics dev = frames(outcomes, Split.DEV), test = frames(outcomes, Split.TEST);
        TreeSet<String> classes = new TreeSet<>(dev.perClass.keySet());
        classes.addAll(test.perClass.keySet());
        for (String c : classes) {
            line("%-16s %-26s %-26s", c, cell(dev.perClass.get(c)), cell(test.perClass.get(c)));
        }
    }

    private void calibration(List<Outcome> outcomes) {
        line("");
        line("calibration: labels given per confidence bin, and how many are right");
        line("%-10s %-22s %-22s", "confidence", "dev right/labels", "test right/labels");
        LabelMetrics dev = frames(outcomes, Split.DEV), test = frames(outcomes, Split.TEST);
        for (int b = 0; b < LabelMetrics.BINS.length; b++) {
            line("%3d-%-6d %-22s %-22s", LabelMetrics.BINS[b][0], Math.min(100, LabelMetrics.BINS[b][1]),
                    bin(dev.bins[b]), bin(test.bins[b]));
        }
    }

    /** Main found and precision from several minimum confidences (dev, to choose the default; test to confirm). */
    private void sweep(List<Outcome> outcomes) {
        line("");
        line("min-confidence sweep: main found / share of labels right / false labels per photo");
        line("%-5s %-32s %-32s", "min", "dev", "test");
        for (int min = 30; min <= 80; min += 5) {
            line("%-5d %-32s %-32s", min, sweepCell(select(outcomes, Split.DEV, FRAME), min),
                    sweepCell(select(outcomes, Split.TEST, FRAME), min));
        }
    }

    /** Platt scaling fitted on dev's raw best scores per class, judged on test. */
    private void fit(List<Outcome> outcomes) {
        ScoreCalibration fitted = PlattFit.fit(samples(select(outcomes, Split.DEV, FRAME)));
        line("");
        line("calibration fitted on dev (frame view, best raw score per class >= 0.05): slope %.4f, intercept %.4f",
                fitted.slope(), fitted.intercept());
        line("%-10s %-22s %-22s", "fitted", "dev right/labels", "test right/labels");
        for (int b = LabelMetrics.FIRST_AT_FIFTY; b < LabelMetrics.BINS.length; b++) {
            line("%3d-%-6d %-22s %-22s", LabelMetrics.BINS[b][0], Math.min(100, LabelMetrics.BINS[b][1]),
                    bin(fittedBin(select(outcomes, Split.DEV, FRAME), fitted, b)),
                    bin(fittedBin(select(outcomes, Split.TEST, FRAME), fitted, b)));
        }
    }

    private static List<PlattFit.Sample> samples(List<Outcome> outcomes) {
        CocoLabels names = CocoLabels.load();
        List<PlattFit.Sample> samples = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (int c = 0; c < o.rawBest().length; c++) {
                if (o.rawBest()[c] >= 0.05) samples.add(new PlattFit.Sample(o.rawBest()[c], o.photo().truth().contains(names.name(c))));
            }
        }
        return samples;
    }

    private static int[] fittedBin(List<Outcome> outcomes, ScoreCalibration fitted, int b) {
        int[] bin = new int[2];
        for (PlattFit.Sample s : samples(outcomes)) {
            double pct = 100 * fitted.apply(s.score());
            if (pct >= LabelMetrics.BINS[b][0] && pct < LabelMetrics.BINS[b][1]) {
                bin[0]++;
                if (s.right()) bin[1]++;
            }
        }
        return bin;
    }

    private static String sweepCell(List<Outcome> outcomes, int min) {
        List<Outcome> filtered = outcomes.stream().map(o -> new Outcome(o.photo(), o.view(),
                LabelEvaluation.atLeast(o.labels(), min), o.rawBest(), o.cpuNanos())).toList();
        LabelMetrics m = new LabelMetrics(filtered);
        long right = m.labels - m.falseLabels;
        return String.format(Locale.ROOT, "%s / %s (%d/%d) / %.2f", pct(m.mainFoundRate()),
                pct(LabelMetrics.rate(right, m.labels)), right, m.labels, m.falsePerPhoto());
    }

    private static LabelMetrics frames(List<Outcome> outcomes, Split split) {
        return new LabelMetrics(select(outcomes, split, FRAME));
    }

    static List<Outcome> select(List<Outcome> outcomes, Split split, String view) {
        return outcomes.stream().filter(o -> o.photo().split() == split && o.view().equals(view)).toList();
    }

    private static String cell(int[] c) {
        if (c == null) return "-";
        return String.format(Locale.ROOT, "%-12s %-12s", c[0] == 0 ? "-" : c[1] + "/" + c[0],
                c[2] == 0 ? "-" : c[1] + "/" + c[2]);
    }

    private static String bin(int[] b) {
        return b[0] == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%s)", b[1], b[0], pct((double) b[1] / b[0]));
    }

    static String pct(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * rate);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
