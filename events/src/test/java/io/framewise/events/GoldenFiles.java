package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.serde.EventJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A value's JSON (in the contract's form) compared with its file under src/test/resources/golden; with
 * {@code -Dgolden.update=true} the file is rewritten first, to review the diff.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static void assertSerializesAsItsFile(Path folder, String name, Object value) throws IOException {
        Path golden = folder.resolve(name + ".json");
        String actual = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file for %s (create it with -Dgolden.update=true)", name).exists();
        JsonNode expected = EventJson.mapper().readTree(golden.toFile());
        assertThat(EventJson.mapper().readTree(actual)).isEqualTo(expected);
    }

    /** The file read back with the contract's mapper, as the type of {@code value}. */
    public static Object readBack(Path folder, String name, Object value) throws IOException {
        return EventJson.mapper().readValue(Files.readAllBytes(folder.resolve(name + ".json")), value.getClass());
    }
}
