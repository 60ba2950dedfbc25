package io.framewise.label.eval;

import io.framewise.events.Label;
import io.framewise.label.config.LabelConfig;
import io.framewise.label.model.CocoLabels;
import io.framewise.label.model.Detection;
import io.framewise.label.model.DetectorModel;
import io.framewise.label.model.DetectorOptions;
import io.framewise.label.model.Normalisation;
import io.framewise.label.model.OnnxDetectorLabeler;
import io.framewise.label.model.ScoreCalibration;
import io.framewise.testkit.eval.EvalPhotos;
import io.framewise.testkit.eval.EvalPhotos.Photo;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels part of {@code ./framewise eval}: every photo of the evaluation set ({@link EvalPhotos}, system property
 * {@code eval.set} = {@code ci} or {@code full}), as shipped and as a 1280x720 capture ({@link Captures}), through the
 * labeller the service runs ({@link OnnxDetectorLabeler} with {@code LabelConfig}'s defaults, as
 * {@code LabelerProducer} makes it) and through the alternatives compared; prints the figures ({@link LabelReport})
 * and writes them to {@code target/eval/labels.txt}. Asserts nothing.
 */
public final class LabelEvaluation {

    static final String PART = "labels";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** A labeller to evaluate: which model, with which input handling and scores, from which confidence on. */
    record Variant(String name, DetectorModel model, DetectorOptions options, double minConfidence) {}

    private LabelEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        String set = System.getProperty("eval.set", "full");
        String report = run(EvalPhotos.set(set), set);
        System.out.print(report);
        Path out = Path.of("target", "eval", PART + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The service's labeller first, then the alternatives it was chosen over. */
    static List<Variant> variants() {
        double min = Double.parseDouble(LabelConfig.DEFAULT_MIN_CONFIDENCE);
        double rawMin = 35; // the first version's default, on the raw scores' scale
        DetectorModel nanodet = DetectorModel.NANODET;
        DetectorOptions service = DetectorOptions.defaults(nanodet);
        DetectorOptions raw = service.withCalibration(ScoreCalibration.NONE);
        DetectorOptions centernet = DetectorOptions.defaults(DetectorModel.CENTERNET)
                .withCalibration(ScoreCalibration.NONE);
        DetectorOptions first = raw.withNormalisation(Normalisation.RGB_UNIT)
                .withLetterbox(false).withCropBorders(false).withZoomOut(0);
        DetectorOptions letterbox = raw.withCropBorders(false).withZoomOut(0);
        return List.of(
                new Variant("service: " + nanodet.id() + " (" + service + ")", nanodet, service, min),
                new Variant("nanodet as first shipped (" + first + ")", nanodet, first, rawMin),
                new Variant("nanodet " + letterbox.withLetterbox(false), nanodet, letterbox.withLetterbox(false), rawMin),
                new Variant("nanodet " + letterbox, nanodet, letterbox, rawMin),
                new Variant("nanodet " + letterbox.withCropBorders(true), nanodet, letterbox.withCropBorders(true), rawMin),
                new Variant("nanodet " + letterbox.withZoomOut(0.7), nanodet, letterbox.withZoomOut(0.7), rawMin),
                new Variant("nanodet " + letterbox.withCropBorders(true).withZoomOut(0.7), nanodet,
                        letterbox.withCropBorders(true).withZoomOut(0.7), rawMin),
                new Variant("nanodet " + letterbox.withCropBorders(true).withZoomOut(0.5), nanodet,
                        letterbox.withCropBorders(true).withZoomOut(0.5), rawMin),
                new Variant("centernet " + centernet, DetectorModel.CENTERNET, centernet, rawMin),
                new Variant("centernet " + centernet.withZoomOut(0), DetectorModel.CENTERNET, centernet.withZoomOut(0),
                        rawMin));
    }

    static String run(List<Photo> photos, String set) throws Exception {
        Map<String, BufferedImage[]> views = new LinkedHashMap<>();
        for (Photo p : photos) {
            BufferedImage image = p.image();
            views.put(p.id(), new BufferedImage[]{image, Captures.frame(image)});
        }
        Map<Variant, List<Outcome>> results = new LinkedHashMap<>();
        for (Variant v : variants()) results.put(v, outcomes(v, photos, views));
        writeRawScores(results);
        return new LabelReport(set, photos, results).toString();
    }

    /** Every photo in both views through one variant; labels at min-confidence 0, filtered by {@link #atLeast}. */
    static List<Outcome> outcomes(Variant v, List<Photo> photos, Map<String, BufferedImage[]> views) throws Exception {
        List<Outcome> out = new ArrayList<>();
        try (OnnxDetectorLabeler labeler = OnnxDetectorLabeler.load(v.model(), v.options(), 1,
                Integer.parseInt(LabelConfig.DEFAULT_MAX_LABELS), 0)) {
            BufferedImage[] first = views.values().iterator().next();
            for (int i = 0; i < 3; i++) labeler.label(first[i % 2]); // ONNX Runtime plans on its first runs
            for (Photo p : photos) {
                BufferedImage[] pair = views.get(p.id());
                for (int k = 0; k < 2; k++) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    List<Detection> found = labeler.detect(pair[k]);
                    List<Label> labels = labeler.labels(found); // = labeler.label(image), timed as a whole
                    long cpu = CPU.getCurrentThreadCpuTime() - t0;
                    out.add(new Outcome(p, k == 0 ? "photo" : "frame", atLeast(labels, v.minConfidence()),
                            OnnxDetectorLabeler.bestScores(found), cpu));
                }
            }
        }
        return out;
    }

    /** target/eval/labels-raw.tsv: every variant's best raw score per class and photo, for looking at by hand. */
    private static void writeRawScores(Map<Variant, List<Outcome>> results) throws java.io.IOException {
        CocoLabels names = CocoLabels.load();
        StringBuilder tsv = new StringBuilder("variant\tphoto\tsplit\tview\tlabel\traw\tright\n");
        int index = 0;
        for (Map.Entry<Variant, List<Outcome>> e : results.entrySet()) {
            for (Outcome o : e.getValue()) {
                for (int c = 0; c < o.rawBest().length; c++) {
                    if (o.rawBest()[c] < 0.02) continue;
                    tsv.append(index).append('\t').append(o.photo().id()).append('\t').append(o.photo().split())
                            .append('\t').append(o.view()).append('\t').append(names.name(c)).append('\t')
                            .append(o.rawBest()[c]).append('\t').append(o.photo().truth().contains(names.name(c)))
                            .append('\n');
                }
            }
            index++;
        }
        Path out = Path.of("target", "eval", PART + "-raw.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, tsv);
    }

    /** The labels a labeller configured with this min-confidence gives (its filter is exactly this). */
    static List<Label> atLeast(List<Label> labels, double minConfidence) {
        return labels.stream().filter(l -> l.confidence() >= minConfidence).toList();
    }
}
