package io.framewise.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CutRuleTest {

    @Test
    void afterAStillSceneTheThresholdDecides() {
        CutRule rule = new CutRule(0.08, 6);
        for (int i = 0; i < 10; i++) {
            assertThat(rule.isCut(0.002)).isFalse();
        }
        assertThat(rule.isCut(0.07)).isFalse();
        assertThat(rule.isCut(0.09)).isTrue();
    }

    @Test
    void motionRaisesTheBarByItsSpread() {
        CutRule rule = new CutRule(0.08, 6);
        for (int i = 0; i < 25; i++) {
            rule.isCut(0.03 + 0.01 * (i % 5)); // a hand-held camera: 0.03 to 0.07 a picture, median 0.05, MAD 0.01
        }
        assertThat(rule.bar()).isCloseTo(0.05 + 6 * 0.01, org.assertj.core.data.Offset.offset(0.001));
        assertThat(rule.isCut(0.09)).isFalse();
        assertThat(rule.isCut(0.2)).isTrue();
    }

    @Test
    void aCutDoesNotRaiseTheBarForTheNextOne() {
        CutRule rule = new CutRule(0.08, 6);
        for (int i = 0; i < 10; i++) {
            rule.isCut(0.002);
        }
        assertThat(rule.isCut(0.3)).isTrue();
        assertThat(rule.isCut(0.3)).isTrue();
        assertThat(rule.bar()).isEqualTo(0.08);
    }
}
