package io.framewise.testkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.testkit.TestSpeech;
import io.framewise.testkit.WordErrorRate;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvalSpeechTest {

    private final List<EvalSpeechItem> full = EvalSpeech.items("full");

    @Test
    void theSetIsBalancedAcrossVoicesNoisesAndRatesInBothSplits() {
        assertThat(EvalSpeech.harvardSentences()).hasSize(720);
        assertThat(full.stream().map(EvalSpeechItem::id).collect(Collectors.toSet())).hasSize(full.size());
        for (EvalSpeech.Split split : EvalSpeech.Split.values()) {
            List<EvalSpeechItem> synthesized = full.stream().filter(i -> !i.recorded() && i.split() == split).toList();
            assertThat(synthesized).hasSize(48);
            assertThat(counts(synthesized, i -> i.voice().orElseThrow()).values()).hasSize(6).containsOnly(8L);
            assertThat(counts(synthesized, EvalSpeechItem::noise).values()).hasSize(4).containsOnly(12L);
            assertThat(counts(synthesized, EvalSpeechItem::wordsPerMinute).values()).hasSize(3).containsOnly(16L);
            for (EvalSpeechVoice voice : EvalSpeechVoice.values()) {
                assertThat(synthesized.stream().filter(i -> i.voice().orElseThrow() == voice)
                        .map(EvalSpeechItem::wordsPerMinute).collect(Collectors.toSet())).hasSize(3);
            }
        }
        Set<String> dev = texts(EvalSpeech.Split.DEV);
        Set<String> test = texts(EvalSpeech.Split.TEST);
        assertThat(dev).doesNotContainAnyElementsOf(test);
        assertThat(full.stream().filter(EvalSpeechItem::recorded)).hasSize(12)
                .allSatisfy(i -> assertThat(i.split()).isEqualTo(EvalSpeech.Split.TEST));
    }

    @Test
    void theCiSubsetIsSmallButCoversBothSplitsAndRecordedSpeech() {
        List<EvalSpeechItem> ci = EvalSpeech.items("ci");
        assertThat(ci).hasSize(6).allSatisfy(i -> assertThat(i.ci()).isTrue());
        assertThat(ci.stream().map(EvalSpeechItem::split).distinct()).hasSize(2);
        assertThat(ci.stream().filter(EvalSpeechItem::recorded)).hasSize(2);
        int words = ci.stream().mapToInt(i -> WordErrorRate.words(i.reference()).size()).sum();
        assertThat(words).as("about 1-2 minutes of speech").isBetween(150, 350);
    }

    @Test
    void noiseIsMixedInAtItsStatedSignalToNoiseRatio() throws Exception {
        double[] tone = new double[16_000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = 0.3 * Math.sin(2 * Math.PI * 220 * i / 16_000.0);
        }
        Pcm speech = Pcm.of(16_000, tone);
        for (EvalSpeechNoise noise : List.of(EvalSpeechNoise.PINK_NOISE_20DB, EvalSpeechNoise.MUSIC_15DB)) {
            double[] mixed = noise.under(speech).values();
            double[] added = new double[mixed.length];
            for (int i = 0; i < mixed.length; i++) {
                added[i] = mixed[i] - tone[i];
            }
            double snr = 10 * Math.log10(EvalSpeechLevels.power(tone) / EvalSpeechLevels.power(added));
            assertThat(snr).as(noise.label()).isCloseTo(noise.snrDb(), org.assertj.core.data.Offset.offset(0.3));
        }
        assertThat(EvalSpeechNoise.CLEAN.under(speech)).isSameAs(speech);
    }

    @Test
    void aVoiceSpeaksAtTheRateAskedFor() throws Exception {
        TestSpeech.assumeAvailable();
        String text = EvalSpeech.harvardSentences().get(0) + " " + EvalSpeech.harvardSentences().get(1);
        int words = WordErrorRate.words(text).size();
        for (int rate : List.of(140, 180)) {
            Pcm speech = EvalSpeechVoice.ESPEAK_US_FEMALE.speakAt(text, rate);
            assertThat(EvalSpeechVoice.wordsPerMinute(speech, words)).isBetween(rate * 0.95, rate * 1.05);
        }
    }

    private Set<String> texts(EvalSpeech.Split split) {
        return full.stream().filter(i -> !i.recorded() && i.split() == split).map(EvalSpeechItem::reference)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static <K> Map<K, Long> counts(List<EvalSpeechItem> items, Function<EvalSpeechItem, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
