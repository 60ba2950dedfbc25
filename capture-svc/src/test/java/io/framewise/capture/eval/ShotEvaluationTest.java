package io.framewise.capture.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.testkit.eval.ShotSet;
import io.framewise.testkit.eval.ShotSetVideo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shot evaluation running: on the CI set, every video is evaluated, the counts add up and the rates are
 * rates. It checks that the report is whole, not what the figures are (those are the evaluation's to print).
 */
class ShotEvaluationTest {

    @Test
    void theCiSetIsEvaluatedWholeAndConsistently() throws Exception {
        List<ShotSetVideo> set = ShotSet.ci();
        ShotReport report = ShotEvaluation.run("ci");

        assertThat(report.videoNames()).containsExactlyElementsOf(set.stream().map(ShotSetVideo::name).toList());
        assertThat(set).extracting(ShotSetVideo::split).contains(ShotSetVideo.Split.TEST);
        for (ShotScore score : report.scores()) {
            ShotSetVideo video = score.video();
            assertThat(score.capturesMs()).as(video.name()).isNotEmpty().isSorted();
            int inShots = video.shots().stream().mapToInt(score::capturesIn).sum();
            assertThat(inShots + score.capturesOutside()).as(video.name()).isEqualTo(score.capturesMs().size());
            assertThat(score.shotsCaptured() + video.shots().stream().filter(s -> score.capturesIn(s) == 0).count())
                    .isEqualTo(video.shots().size());
            assertThat(score.cutsCaptured()).isBetween(0, score.cuts());
            assertThat(score.extraCaptures()).isEqualTo(inShots - score.shotsCaptured());
            assertThat(score.transitionShotsCapturedOnce()).isBetween(0, score.transitionShotCount());
            assertThat(score.scanMode()).isIn("keyframes", "frames");
            assertThat(score.cpuMs()).isPositive();
        }
        String text = report.text();
        int cuts = report.scores().stream().mapToInt(ShotScore::cuts).sum();
        int caught = report.scores().stream().mapToInt(ShotScore::cutsCaptured).sum();
        assertThat(text).contains("== test ==", "== dev + test ==")
                .contains(ShotReport.recall("hard cuts captured, all", report.scores()).trim());
        assertThat(text.lines().filter(line -> line.startsWith("hard cuts captured, all"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf('=') + 1).trim())))
                .isNotEmpty().allSatisfy(rate -> assertThat(rate).isBetween(0.0, 1.0));
        assertThat(caught).isBetween(0, cuts);
    }
}
