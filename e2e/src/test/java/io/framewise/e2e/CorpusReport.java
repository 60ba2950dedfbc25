package io.framewise.e2e;

import static io.framewise.e2e.BenchSupport.median;
import static io.framewise.e2e.BenchSupport.ms;
import static io.framewise.e2e.BenchSupport.ratio;

import io.framewise.e2e.CorpusBenchmark.Result;
import java.time.Duration;
import java.util.List;

/** The corpus benchmark's printout: a block per file as it is measured, then one table of them all. */
final class CorpusReport {

    private CorpusReport() {
    }

    static void file(Result r) {
        System.out.printf("%n== %s: %s%n   probe: %s%n", r.entry().name(), r.entry().description(), r.facts());
        System.out.printf("   pipeline%s: READY %s after the upload began (upload %s, session %s); from render.start: "
                        + "preview %s, captures %s (%d), labels %s, storyboard %s, transcode %s, transcribe %s%n",
                r.runs().size() > 1 ? " (median of " + r.runs().size() + ")" : "", ms(r.stage(StageTimes::endToEnd)),
                ms(r.stage(StageTimes::upload)), ms(r.stage(StageTimes::session)), ms(r.stage(StageTimes::preview)),
                ms(r.stage(StageTimes::captures)), r.runs().get(0).captureCount(), ms(r.stage(StageTimes::labels)),
                ms(r.stage(StageTimes::storyboard)), ms(r.stage(StageTimes::transcode)),
                ms(r.stage(StageTimes::transcribe)));
        System.out.printf("   ffmpeg CLI: GIF %s, captures %s, transcode (renditions, MP3, storyboard, HLS) %s; "
                + "sequential, all outputs %s%n", ms(r.gif()), ms(r.captures()), ms(r.transcode()), ms(r.cliAll()));
        System.out.printf("   ratios: preview / CLI GIF = %.2f (target ≤ 1.2 warm); READY / CLI sequential all outputs"
                + " = %.2f (target ≤ 1.0)%n", ratio(r.stage(StageTimes::preview), r.gif()),
                ratio(r.stage(StageTimes::endToEnd), r.cliAll()));
    }

    static void table(List<Result> results) {
        System.out.printf("%n%-22s %-6s %9s %9s %6s %9s %9s %9s %9s %6s%n", "file", "codec", "preview", "CLI GIF",
                "ratio", "captures", "labels", "READY", "CLI all", "ratio");
        for (Result r : results) {
            Duration preview = r.stage(StageTimes::preview);
            Duration ready = r.stage(StageTimes::endToEnd);
            System.out.printf("%-22s %-6s %9s %9s %6.2f %9s %9s %9s %9s %6.2f%n", r.entry().name(),
                    r.facts().info().videoCodec(), ms(preview), ms(r.gif()), ratio(preview, r.gif()),
                    ms(r.stage(StageTimes::captures)), ms(r.stage(StageTimes::labels)), ms(ready), ms(r.cliAll()),
                    ratio(ready, r.cliAll()));
        }
        System.out.println("(preview, captures and labels from render.start; READY from the upload's start; targets: "
                + "preview / CLI GIF ≤ 1.2 warm, READY / CLI all ≤ 1.0)");
        List<Result> talks = results.stream().filter(r -> BenchCorpus.isTalk(r.entry().name())).toList();
        List<Duration> shortPreviews = results.stream().filter(r -> !BenchCorpus.isTalk(r.entry().name()))
                .map(r -> r.stage(StageTimes::preview)).toList();
        for (Result talk : talks) {
            if (shortPreviews.isEmpty()) {
                System.out.println("no 30 s file measured: the talk's preview has nothing to be compared with");
                continue;
            }
            Duration shortMedian = median(shortPreviews);
            Duration preview = talk.stage(StageTimes::preview);
            System.out.printf("%s preview %s against the 30 s files' median preview %s → ratio %.2f (target ≤ 1.5)%n",
                    talk.entry().name(), ms(preview), ms(shortMedian), ratio(preview, shortMedian));
        }
    }
}
