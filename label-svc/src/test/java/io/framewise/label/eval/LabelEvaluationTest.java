package io.framewise.label.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.label.model.CocoLabels;
import io.framewise.testkit.eval.EvalPhotos;
import io.framewise.testkit.eval.EvalPhotos.Photo;
import io.framewise.testkit.eval.EvalPhotos.Split;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the labels evaluation running: the CI photos through the service's labeller and the alternatives, and the
 * report whole and consistent. It checks the bookkeeping, not how good the figures are (the evaluation says that).
 */
class LabelEvaluationTest {

    @Test
    void everyGroundTruthNameIsAFramewiseLabel() {
        Set<String> names = new HashSet<>();
        CocoLabels table = CocoLabels.load();
        for (int c = 0; c < CocoLabels.CLASSES; c++) names.add(table.name(c));
        for (Photo p : EvalPhotos.all()) assertThat(names).as(p.id()).containsAll(p.truth());
    }

    @Test
    void theCiSetIsEvaluatedWholeAndTheFiguresAddUp() throws Exception {
        List<Photo> ci = EvalPhotos.set("ci");
        Assumptions.assumeTrue(EvalPhotos.available(ci), "Debian packages of the photo set cannot be fetched here");
        Map<String, BufferedImage[]> views = new LinkedHashMap<>();
        for (Photo p : ci) views.put(p.id(), new BufferedImage[]{p.image(), Captures.frame(p.image())});
        LabelEvaluation.Variant service = LabelEvaluation.variants().get(0);
        List<Outcome> outcomes = LabelEvaluation.outcomes(service, ci, views);

        assertThat(outcomes).hasSize(2 * ci.size());
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.cpuNanos()).isPositive();
            assertThat(o.labels()).allSatisfy(l -> assertThat(l.confidence()).isBetween(service.minConfidence(), 100.0));
        });
        for (Split split : Split.values()) {
            for (String view : List.of("photo", "frame")) {
                LabelMetrics m = new LabelMetrics(LabelReport.select(outcomes, split, view));
                assertThat(m.photos).isEqualTo(ci.stream().filter(p -> p.split() == split).count());
                assertThat(m.mainFound).isBetween(0, m.withMain);
                assertThat(m.topRight).isBetween(0, m.withMain);
                assertThat(m.falseLabels).isBetween(0L, m.labels);
                int binned = 0;
                for (int[] bin : m.bins) {
                    assertThat(bin[1]).isBetween(0, bin[0]);
                    binned += bin[0];
                }
                assertThat((long) binned).isLessThanOrEqualTo(m.labels);
                long right = m.perClass.values().stream().mapToLong(c -> c[1]).sum();
                assertThat(right).isEqualTo(m.labels - m.falseLabels);
                for (double rate : new double[]{m.mainFoundRate(), m.topRightRate()}) {
                    if (!Double.isNaN(rate)) assertThat(rate).isBetween(0.0, 1.0);
                }
            }
        }
        // the darknet photo of a dog, a bicycle and a truck has its dog among the service's labels
        assertThat(outcomes).filteredOn(o -> o.photo().id().equals("dk-dog"))
                .allSatisfy(o -> assertThat(o.labels()).extracting(l -> l.name()).contains("Dog"));
    }

    @Test
    void theReportNamesEveryVariantSplitAndView() throws Exception {
        List<Photo> ci = EvalPhotos.set("ci");
        Assumptions.assumeTrue(EvalPhotos.available(ci), "Debian packages of the photo set cannot be fetched here");
        List<Photo> two = List.of(ci.get(0), ci.get(1));
        String report = LabelEvaluation.run(two, "ci");
        assertThat(report).contains("eval.set=ci: 2 photos").contains("calibration").contains("min-confidence sweep");
        for (LabelEvaluation.Variant v : LabelEvaluation.variants()) {
            assertThat(report.lines().filter(l -> l.startsWith(v.name()))).as(v.name()).hasSize(4);
        }
    }
}
