package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.serde.EventJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format is pinned: each event's JSON must equal its file in src/test/resources/golden. Changing
 * it is deliberate: run with {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> events() {
        return SampleEvents.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serializesToTheGoldenJson(String name, FramewiseEvent event) throws IOException {
        GoldenFiles.assertSerializesAsItsFile(GOLDEN, name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void readsTheGoldenJsonBackToTheSameEvent(String name, FramewiseEvent event) throws IOException {
        byte[] golden = Files.readAllBytes(GOLDEN.resolve(name + ".json"));
        assertThat(EventJson.fromBytes(golden, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyTopicHasAGoldenSample(String name, FramewiseEvent event) {
        String topic = Topics.EVENT_TYPES.entrySet().stream()
                .filter(e -> e.getValue() == event.getClass())
                .map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        assertThat(name).startsWith(topic);
    }
}
