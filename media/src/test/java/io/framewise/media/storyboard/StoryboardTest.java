package io.framewise.media.storyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryboardTest {

    private static final StoryboardSpec SPEC = new StoryboardSpec(2000, 160, 100, 10);
    private static final Pattern CUE = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\\n"
                    + "storyboard\\.jpg#xywh=(\\d+),(\\d+),(\\d+),(\\d+)");

    @Test
    void aThirtySecondClipGetsATileEveryTwoSeconds() {
        StoryboardGeometry g = StoryboardGeometry.plan(30_000, 1280, 720, SPEC);
        assertThat(g.intervalMs()).isEqualTo(2000);
        assertThat(g.tiles()).isEqualTo(15);
        assertThat(g.columns()).isEqualTo(10);
        assertThat(g.rows()).isEqualTo(2);
        assertThat(g.tileHeight()).isEqualTo(90);
        assertThat(g.spriteWidth()).isEqualTo(1600);
        assertThat(g.spriteHeight()).isEqualTo(180);
        assertThat(g.tile(11)).isEqualTo(new StoryboardGeometry.Tile(160, 90, 160, 90));
    }

    @Test
    void aLongVideoGrowsTheIntervalToStayWithinTheMaximum() {
        StoryboardGeometry hour = StoryboardGeometry.plan(3_600_000, 1920, 1080, SPEC);
        assertThat(hour.tiles()).isLessThanOrEqualTo(100);
        assertThat(hour.intervalMs()).isEqualTo(36_000);
        StoryboardGeometry odd = StoryboardGeometry.plan(201_001, 1920, 1080, SPEC);
        assertThat(odd.tiles()).isLessThanOrEqualTo(100);
        assertThat(odd.intervalMs() % 1000).isZero();
    }

    @Test
    void aShortClipGetsOneRowOfItsOwnTiles() {
        StoryboardGeometry g = StoryboardGeometry.plan(3_500, 320, 240, SPEC);
        assertThat(g.tiles()).isEqualTo(2);
        assertThat(g.columns()).isEqualTo(2);
        assertThat(g.rows()).isEqualTo(1);
        assertThat(g.tileHeight()).isEqualTo(120);
    }

    @Test
    void theVttCoversTheWholeDurationContiguouslyAndEveryTileLiesInTheSprite() {
        for (long duration : new long[] {1, 1999, 2000, 9_520, 30_000, 3_600_000}) {
            StoryboardGeometry g = StoryboardGeometry.plan(duration, 1280, 720, SPEC);
            String vtt = StoryboardVtt.write(g, "storyboard.jpg");
            assertThat(vtt).startsWith("WEBVTT\n\n");
            List<long[]> cues = new ArrayList<>();
            Matcher m = CUE.matcher(vtt);
            while (m.find()) {
                long start = ms(m, 1);
                long end = ms(m, 5);
                int x = Integer.parseInt(m.group(9));
                int y = Integer.parseInt(m.group(10));
                int w = Integer.parseInt(m.group(11));
                int h = Integer.parseInt(m.group(12));
                assertThat(x + w).isLessThanOrEqualTo(g.spriteWidth());
                assertThat(y + h).isLessThanOrEqualTo(g.spriteHeight());
                cues.add(new long[] {start, end});
            }
            assertThat(cues).hasSize(g.tiles());
            assertThat(cues.get(0)[0]).isZero();
            for (int i = 1; i < cues.size(); i++) {
                assertThat(cues.get(i)[0]).isEqualTo(cues.get(i - 1)[1]);
            }
            assertThat(cues.get(cues.size() - 1)[1]).isEqualTo(duration);
            assertThat(cues).allSatisfy(c -> assertThat(c[1]).isGreaterThan(c[0]));
        }
    }

    @Test
    void timestampsCarryHours() {
        assertThat(StoryboardVtt.timestamp(3_723_045)).isEqualTo("01:02:03.045");
    }

    private static long ms(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
