package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void identicalTextsAfterNormalisingHaveNoErrors() {
        assertThat(WordErrorRate.of("The quick, brown fox!", "the QUICK brown   fox")).isZero();
        assertThat(WordErrorRate.of("Don't stop — café", "don't stop cafe")).isZero();
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertionsOverTheReferenceLength() {
        // one substitution (brown→crown) of four words
        assertThat(WordErrorRate.of("the quick brown fox", "the quick crown fox")).isCloseTo(0.25, within(1e-9));
        // one deletion
        assertThat(WordErrorRate.of("the quick brown fox", "the brown fox")).isCloseTo(0.25, within(1e-9));
        // two insertions
        assertThat(WordErrorRate.of("the quick brown fox", "oh the quick brown fox jumps")).isCloseTo(0.5,
                within(1e-9));
        // everything wrong and then some: above 1
        assertThat(WordErrorRate.of("yes", "no no")).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void distanceIsTheMinimumEditCount() {
        // kitten → sitting at word level: 3 edits
        assertThat(WordErrorRate.distance(List.of("k", "i", "t", "t", "e", "n"),
                List.of("s", "i", "t", "t", "i", "n", "g"))).isEqualTo(3);
        assertThat(WordErrorRate.distance(List.of(), List.of("a", "b"))).isEqualTo(2);
        assertThat(WordErrorRate.distance(List.of("a", "b"), List.of())).isEqualTo(2);
    }

    @Test
    void emptyReference() {
        assertThat(WordErrorRate.of("", "")).isZero();
        assertThat(WordErrorRate.of("  ", "words")).isInfinite();
    }

    @Test
    void normalisedWordsKeepInnerApostrophesAndDigits() {
        assertThat(WordErrorRate.words("'Quoted' it's 42, OK?")).containsExactly("quoted", "it's", "42", "ok");
    }
}
