package io.framewise.transcribe.sphinx;

import io.framewise.transcribe.config.TranscribeConfig;
import io.framewise.events.ModelRef;
import io.framewise.transcribe.domain.TimedWord;
import io.framewise.transcribe.model.DebianPackages;
import io.framewise.events.ModelDigest;
import io.framewise.transcribe.service.SpeechRecognizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CMU PocketSphinx 5prealpha (Debian's {@code pocketsphinx_continuous}) with Debian's US-English model: the
 * same acoustic model family, dictionary and 3-gram language model as Sphinx4's, decoded by the C engine's
 * three-pass search. The PCM is piped to the program's standard input as it is decoded from the video; the
 * program splits it into utterances at silences and prints, per utterance, each word with its start, end and
 * posterior probability, times counted from the start of the stream.
 */
public final class PocketsphinxRecognizer implements SpeechRecognizer {

    /** {@code word start end posterior}, seconds with three decimals; hypothesis lines never look like this. */
    private static final Pattern WORD_LINE = Pattern.compile("^(\\S+) (\\d+\\.\\d+) (\\d+\\.\\d+) (\\d+(?:\\.\\d+)?)$");

    private final TranscribeConfig.Pocketsphinx config;
    private ModelRef provenance;

    public PocketsphinxRecognizer(TranscribeConfig.Pocketsphinx config) {
        this.config = config;
    }

    @Override
    public String engine() {
        return "pocketsphinx-5prealpha/en-us";
    }

    /** Debian's en-us model: the acoustic model's files, the language model and the dictionary, in that order. */
    @Override
    public synchronized ModelRef model() {
        if (provenance == null) {
            Path model = Path.of(config.modelDirectory());
            List<Path> files = new ArrayList<>();
            try (Stream<Path> acoustic = Files.list(model.resolve("en-us"))) {
                acoustic.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the pocketsphinx model in " + model + " cannot be read", e);
            }
            files.add(model.resolve("en-us.lm.bin"));
            files.add(model.resolve("cmudict-en-us.dict"));
            provenance = new ModelRef("cmusphinx-en-us (pocketsphinx-en-us)",
                    "pocketsphinx-en-us=" + DebianPackages.version("pocketsphinx-en-us") + " (Debian)",
                    ModelDigest.of(files));
        }
        return provenance;
    }

    /** Whether the program and the model files are where the configuration says. */
    public boolean installed() {
        Path model = Path.of(config.modelDirectory());
        return Files.isDirectory(model.resolve("en-us")) && Files.isRegularFile(model.resolve("en-us.lm.bin"))
                && Files.isRegularFile(model.resolve("cmudict-en-us.dict")) && onPath(config.binary());
    }

    @Override
    public void recognize(InputStream pcm, Consumer<TimedWord> words) throws IOException {
        Path model = Path.of(config.modelDirectory());
        Path log = Files.createTempFile("pocketsphinx", ".log");
        Process process;
        try {
            List<String> command = new ArrayList<>(List.of(config.binary(), "-infile", "/dev/stdin",
                    "-samprate", "16000", "-hmm", model.resolve("en-us").toString(),
                    "-lm", model.resolve("en-us.lm.bin").toString(),
                    "-dict", model.resolve("cmudict-en-us.dict").toString(), "-time", "yes",
                    "-logfn", log.toString()));
            config.arguments().map(String::trim).filter(a -> !a.isEmpty())
                    .ifPresent(a -> command.addAll(List.of(a.split("\\s+"))));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Files.deleteIfExists(log);
            throw new IOException("pocketsphinx could not be started (" + config.binary()
                    + "; Debian packages pocketsphinx and pocketsphinx-en-us): " + e.getMessage(), e);
        }
        AtomicReference<IOException> feedFailure = new AtomicReference<>();
        Thread feeder = Thread.ofVirtual().name("pocketsphinx-feed").start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                pcm.transferTo(in);
            } catch (IOException e) {
                feedFailure.set(e);
            }
        });
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher word = WORD_LINE.matcher(line.trim());
                if (word.matches() && isWord(word.group(1))) {
                    words.accept(toWord(word));
                }
            }
            feeder.join();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("pocketsphinx failed (exit " + exit + "): " + lastLines(log));
            }
            IOException fed = feedFailure.get();
            if (fed != null) {
                throw fed;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pocketsphinx ran", e);
        } finally {
            process.destroyForcibly();
            feeder.interrupt();
            Files.deleteIfExists(log);
        }
    }

    /** Not a word: utterance marks {@code <s> </s>}, silence {@code <sil>} and noises such as {@code [NOISE]}. */
    private static boolean isWord(String token) {
        return !token.startsWith("<") && !token.startsWith("[") && !token.startsWith("++");
    }

    private static TimedWord toWord(Matcher line) {
        // Alternate pronunciations are marked "the(2)": the word is the same.
        String text = line.group(1).toLowerCase(Locale.ROOT).replaceAll("\\(\\d+\\)$", "");
        long start = Math.round(Double.parseDouble(line.group(2)) * 1000);
        long end = Math.max(start, Math.round(Double.parseDouble(line.group(3)) * 1000));
        // A posterior; pocketsphinx's fixed-point arithmetic lets it reach 1.0002.
        double confidence = Math.max(0, Math.min(1, Double.parseDouble(line.group(4))));
        return new TimedWord(text, start, end, confidence);
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> errors = lines.stream().filter(l -> l.startsWith("ERROR") || l.startsWith("FATAL")).toList();
            List<String> shown = errors.isEmpty() ? lines : errors;
            return String.join(" | ", shown.subList(Math.max(0, shown.size() - 3), shown.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean onPath(String binary) {
        if (binary.contains("/")) {
            return Files.isExecutable(Path.of(binary));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, binary))) {
                return true;
            }
        }
        return false;
    }
}
