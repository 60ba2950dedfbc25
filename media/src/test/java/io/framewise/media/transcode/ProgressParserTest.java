package io.framewise.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressParserTest {

    @Test
    void reportsTheFractionAtEachBlockEnd() {
        ProgressParser parser = new ProgressParser(10_000);
        List<String> block = List.of("frame=120", "out_time_us=N/A", "out_time_us=4000000", "speed=2.5x",
                "progress=continue");
        Optional<Progress> last = Optional.empty();
        for (String line : block) {
            last = parser.line(line).or(() -> Optional.empty());
            if (!line.startsWith("progress")) {
                assertThat(last).isEmpty();
            }
        }
        assertThat(last).hasValueSatisfying(p -> {
            assertThat(p.outTimeMs()).isEqualTo(4000);
            assertThat(p.percent()).isEqualTo(40);
            assertThat(p.speed()).isEqualTo(2.5);
            assertThat(p.finished()).isFalse();
        });
        assertThat(parser.line("progress=end")).hasValueSatisfying(p -> {
            assertThat(p.fraction()).isEqualTo(1.0);
            assertThat(p.finished()).isTrue();
        });
    }

    @Test
    void neverGoesBackwardsNorPastTheEnd() {
        ProgressParser parser = new ProgressParser(1000);
        parser.line("out_time_us=5000000");
        parser.line("out_time_us=200000");
        assertThat(parser.line("progress=continue")).hasValueSatisfying(p -> assertThat(p.fraction()).isEqualTo(1.0));
    }
}
