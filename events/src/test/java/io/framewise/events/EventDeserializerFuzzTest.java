package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.framewise.events.serde.EventDeserializer;
import io.framewise.events.serde.EventFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the Kafka deserializer of every event with random bytes and with mutations of the golden JSON, for a
 * bounded time and from a printed seed ({@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.millis=…} sets how
 * long). Whatever a producer puts on a topic, the deserializer either returns an event or throws
 * {@link EventFormatException}: anything else (a NullPointerException, a StackOverflowError, a null for bytes
 * that were there) would escape the consumer's dead-letter handling.
 */
class EventDeserializerFuzzTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final long MILLIS = Long.getLong("fuzz.millis", 3000);
    /** However busy the machine, at least this many inputs are tried (the time only adds more). */
    private static final int MIN_CASES = Integer.getInteger("fuzz.min-cases", 1000);
    private static final String[] TOKENS = {"null", "true", "-1", "0", "1e999", "-9223372036854775809",
            "\"\"", "\"x\"", "[]", "{}", "[[[[[[[[[[", "\"\\u0000\"", "\"\\ud800\"", "\"9999-99-99T99:99:99Z\"",
            "\"00000000-0000-0000-0000-00000000000g\"", "1.5", "\"PREVIEW\"", "\"preview\"", "\"ready\"", ":", ","};

    @Test
    void randomBytesAndMutatedGoldenJsonOnlyEverGiveAnEventOrAnEventFormatException() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Target> targets = targets();
        long deadline = System.nanoTime() + MILLIS * 1_000_000;
        int cases = 0;
        int accepted = 0;
        long[] nanosByKind = new long[4];
        int[] casesByKind = new int[4];
        while (cases < MIN_CASES || System.nanoTime() < deadline) {
            Target target = targets.get(random.nextInt(targets.size()));
            int kind = random.nextInt(4);
            long started = System.nanoTime();
            byte[] input = switch (kind) {
                case 0 -> randomBytes(random);
                case 1 -> mutatedBytes(random, target.golden());
                case 2 -> mutatedTokens(random, target.golden());
                default -> deeplyNested(random);
            };
            cases++;
            try {
                Object event = target.deserializer().deserialize("fuzz", input);
                assertThat(event).as("a record with bytes deserializes to an event or fails").isNotNull();
                accepted++;
            } catch (EventFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (Throwable other) {
                fail("seed " + seed + ": " + target.type().getSimpleName() + " threw " + other + " for input (base64) "
                        + Base64.getEncoder().encodeToString(input), other);
            }
            nanosByKind[kind] += System.nanoTime() - started;
            casesByKind[kind]++;
        }
        System.out.printf("[fuzz] per kind (random, mutated bytes, mutated values, nested): %s inputs, %s ms%n",
                java.util.Arrays.toString(casesByKind), java.util.Arrays.toString(
                        java.util.Arrays.stream(nanosByKind).map(n -> n / 1_000_000).toArray()));
        System.out.printf("[fuzz] event deserializer: %d inputs in %d ms (seed %d), %d read as events, %d refused%n",
                cases, java.util.Arrays.stream(nanosByKind).sum() / 1_000_000, seed, accepted, cases - accepted);
    }

    private record Target(Class<?> type, EventDeserializer<?> deserializer, byte[] golden) {
    }

    /** Each golden file with the deserializer of its topic (the file name starts with the topic). */
    private static List<Target> targets() throws IOException {
        List<Target> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                for (Map.Entry<String, Class<? extends FramewiseEvent>> topic : Topics.EVENT_TYPES.entrySet()) {
                    if (name.startsWith(topic.getKey() + ".")) {
                        targets.add(new Target(topic.getValue(), deserializerOf(topic.getValue()),
                                Files.readAllBytes(file)));
                    }
                }
            }
        }
        assertThat(targets).as("golden files matched to topics").hasSizeGreaterThan(8);
        return targets;
    }

    private static <T> EventDeserializer<T> deserializerOf(Class<T> type) {
        return new EventDeserializer<>(type) {
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Flipped, dropped, inserted and duplicated bytes, and cut-offs. */
    private static byte[] mutatedBytes(Random random, byte[] golden) {
        byte[] bytes = golden.clone();
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations && bytes.length > 1; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    String specials = "{}[]\",:\\0-e";
                    longer[at] = (byte) specials.charAt(random.nextInt(specials.length()));
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    /** Valid JSON text with a value swapped for a token of another type, or a field dropped. */
    private static byte[] mutatedTokens(Random random, byte[] golden) {
        String json = new String(golden, StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9.eE+-]+|true|false|null)").matcher(json);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && !values.isEmpty(); i++) {
            int[] span = values.remove(random.nextInt(values.size()));
            if (span[1] <= json.length()) {
                json = json.substring(0, span[0]) + TOKENS[random.nextInt(TOKENS.length)] + json.substring(span[1]);
                values.clear();
                var again = java.util.regex.Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9.eE+-]+|true|false|null)")
                        .matcher(json);
                while (again.find()) {
                    values.add(new int[] {again.start(1), again.end(1)});
                }
            }
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Arrays and objects nested far deeper than any event: a recursive reader must not overflow its stack. */
    private static byte[] deeplyNested(Random random) {
        int depth = 1 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        return ("{\"videoId\":" + open.repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }
}
