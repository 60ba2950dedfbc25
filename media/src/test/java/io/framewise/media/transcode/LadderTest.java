package io.framewise.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTest {

    private static final List<Rung> DEFAULT = List.of(new Rung(720, 2_500_000), new Rung(360, 800_000));

    @Test
    void aFullHdSourceGetsEveryRungAtItsAspectRatio() {
        assertThat(Ladder.plan(1920, 1080, DEFAULT)).containsExactly(
                new Rendition("720p", 1280, 720, 2_500_000), new Rendition("360p", 640, 360, 800_000));
    }

    @Test
    void aRungAsLargeAsTheSourceIsKeptButNothingLarger() {
        assertThat(Ladder.plan(1280, 720, DEFAULT)).extracting(Rendition::name).containsExactly("720p", "360p");
        assertThat(Ladder.plan(854, 480, DEFAULT)).containsExactly(new Rendition("360p", 640, 360, 800_000));
    }

    @Test
    void aSourceSmallerThanEveryRungGetsOneRenditionAtItsOwnSize() {
        List<Rendition> ladder = Ladder.plan(320, 240, DEFAULT);
        assertThat(ladder).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("240p");
            assertThat(r.width()).isEqualTo(320);
            assertThat(r.height()).isEqualTo(240);
            assertThat(r.videoBitrate()).isBetween(100_000L, 800_000L);
        });
    }

    @Test
    void oddSourcesAreNeverStretched() {
        Rendition own = Ladder.plan(321, 241, DEFAULT).get(0);
        assertThat(own.width()).isEqualTo(320);
        assertThat(own.height()).isEqualTo(240);
        Rendition scaled = Ladder.plan(641, 361, DEFAULT).get(0);
        assertThat(scaled.width()).isLessThanOrEqualTo(640).isEven();
        assertThat(scaled.height()).isEqualTo(360);
    }

    @Test
    void portraitVideosAreLaddderedByTheirShortSide() {
        assertThat(Ladder.plan(1080, 1920, DEFAULT)).containsExactly(
                new Rendition("720p", 720, 1280, 2_500_000), new Rendition("360p", 360, 640, 800_000));
    }

    @Test
    void everySideIsEvenAndTheAspectRatioKept() {
        for (int[] size : new int[][] {{1920, 800}, {1440, 1080}, {1000, 562}, {4096, 2160}, {724, 1288}}) {
            for (Rendition r : Ladder.plan(size[0], size[1], DEFAULT)) {
                assertThat(r.width() % 2).isZero();
                assertThat(r.height() % 2).isZero();
                assertThat(r.width()).isLessThanOrEqualTo(size[0]);
                assertThat(r.height()).isLessThanOrEqualTo(size[1]);
                assertThat((double) r.width() / r.height()).isCloseTo((double) size[0] / size[1],
                        org.assertj.core.data.Offset.offset(0.02));
            }
        }
    }

    @Test
    void anEmptyLadderIsRefused() {
        assertThatThrownBy(() -> Ladder.plan(1280, 720, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
