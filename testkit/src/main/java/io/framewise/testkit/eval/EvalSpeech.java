package io.framewise.testkit.eval;

import io.framewise.testkit.WordErrorRate;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The speech evaluation set (issue 14): sentences nobody here wrote, spoken by several synthetic voices at natural
 * rates over light noise or music, plus recorded human speech from registry packages ({@link EvalSpeechRecorded}).
 *
 * <p>The text is the IEEE "Harvard" sentences (IEEE Recommended Practice for Speech Quality Measurements, 1969,
 * appendix C; resource {@code speech/harvard-sentences.txt}, 72 lists of 10). The first {@link #LISTS} lists are
 * cut into 96 passages of five sentences, each spoken without added pauses (the voices' own sentence breaks only).
 * Passages 0-47 (lists 1-24) are the dev split, 48-95 (lists 25-48) the test split. Within each split the 24
 * conditions {6 voices} x {4 noises} are each spoken twice, and the three rates are spread so that every voice and
 * every noise meets every rate: per split, 8 passages per voice, 12 per noise, 16 per rate.
 *
 * <p>{@code ci} is a subset of about 80 s of audio (four passages covering both splits, four voices, three
 * noises and all rates, plus two recorded clips); {@code full} is everything (about 25 minutes).
 */
public final class EvalSpeech {

    /** Where an item may be used: tuning happens on dev only; test is what is reported. */
    public enum Split { DEV, TEST }

    /** Harvard lists spoken (of 72): 96 passages, 48 per split. */
    public static final int LISTS = 48;
    static final int SENTENCES_PER_PASSAGE = 5;
    /** Target rates in words per minute, measured on the speech made (see {@link EvalSpeechVoice}). */
    static final int[] RATES = {140, 160, 180};
    /** Silence (under the noise) before and after the speech, as a video rarely starts on the first word. */
    static final long LEAD_MILLIS = 500;
    private static final Set<Integer> CI_PASSAGES = Set.of(0, 10, 53, 69);
    private static final Map<EvalSpeechVoice, Boolean> VOICES_HERE = new ConcurrentHashMap<>();

    private EvalSpeech() {
    }

    /** The items of a set: {@code ci} or {@code full}. */
    public static List<EvalSpeechItem> items(String set) {
        List<EvalSpeechItem> all = new ArrayList<>(synthesized());
        all.addAll(EvalSpeechRecorded.items());
        return switch (set) {
            case "full" -> all;
            case "ci" -> all.stream().filter(EvalSpeechItem::ci).toList();
            default -> throw new IllegalArgumentException("unknown evaluation set '" + set + "' (ci or full)");
        };
    }

    /** All 720 Harvard sentences in list order (list n is sentences 10(n-1) to 10n-1). */
    public static List<String> harvardSentences() {
        try (InputStream in = EvalSpeech.class.getResourceAsStream("speech/harvard-sentences.txt")) {
            if (in == null) {
                throw new IllegalStateException("speech/harvard-sentences.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EvalSpeechItem> synthesized() {
        List<String> sentences = harvardSentences();
        EvalSpeechVoice[] voices = EvalSpeechVoice.values();
        EvalSpeechNoise[] noises = EvalSpeechNoise.values();
        int perSplit = LISTS;
        int cells = voices.length * noises.length;
        List<EvalSpeechItem> items = new ArrayList<>();
        for (int passage = 0; passage < 2 * perSplit; passage++) {
            int cell = passage % perSplit % cells;
            EvalSpeechVoice voice = voices[cell % voices.length];
            EvalSpeechNoise noise = noises[cell / voices.length];
            // cell + cell/6 walks the rates so each voice and each noise meets all three
            int rate = RATES[(cell + cell / voices.length) % RATES.length];
            int first = passage * SENTENCES_PER_PASSAGE;
            String text = String.join(" ", sentences.subList(first, first + SENTENCES_PER_PASSAGE));
            String id = String.format("h%02d%s-%s-%d-%s", passage / 2 + 1, passage % 2 == 0 ? "a" : "b",
                    voice.name().toLowerCase().replace('_', '-'), rate, noise.name().toLowerCase().replace('_', '-'));
            items.add(new EvalSpeechItem(id, passage < perSplit ? Split.DEV : Split.TEST,
                    CI_PASSAGES.contains(passage), voice.label(), Optional.of(voice), rate, noise, text,
                    new Synthesized(voice)));
        }
        return items;
    }

    /** A passage spoken by its voice at its rate, padded with silence, with its noise under the whole clip. */
    private record Synthesized(EvalSpeechVoice voice) implements EvalSpeechItem.Source {

        @Override
        public EvalSpeechClips.Clip clip(EvalSpeechItem item) throws IOException {
            String recipe = voice + "\n" + item.wordsPerMinute() + "\n" + item.noise() + "\n" + item.reference();
            return EvalSpeechClips.cached(item.id(), recipe, () -> {
                Pcm speech = voice.speakAt(item.reference(), item.wordsPerMinute());
                double rate = EvalSpeechVoice.wordsPerMinute(speech, WordErrorRate.words(item.reference()).size());
                return new EvalSpeechClips.Sound(item.noise().under(EvalSpeechClips.padded(speech, LEAD_MILLIS)), rate);
            });
        }

        @Override
        public Optional<String> unavailable() {
            // asked once per voice and JVM: the answer costs a synthesis
            return VOICES_HERE.computeIfAbsent(voice, EvalSpeechVoice::available) ? Optional.empty()
                    : Optional.of(voice.label() + " cannot speak here (apt-get install " + voice.packages() + ")");
        }
    }
}
