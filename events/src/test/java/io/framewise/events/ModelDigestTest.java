package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDigestTest {

    /** SHA-256("abc"), FIPS 180-2's first example. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void weightsSplitOverSeveralFilesHashAsTheirBytesInOrder(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("model.json"), "ab");
        Path second = Files.writeString(dir.resolve("model.bin"), "c");

        assertThat(ModelDigest.of(first, second)).isEqualTo(ABC);
        assertThat(ModelDigest.of(second, first)).isNotEqualTo(ABC);
        assertThat(ModelDigest.ofSources(List.of(() -> new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)))))
                .isEqualTo(ABC);
        assertThat(new ModelRef("m", "1", ModelDigest.of(first, second)).sha256()).isEqualTo(ABC);
    }

    @Test
    void aMissingModelFileIsAnErrorNotTheDigestOfNothing(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelDigest.of(dir.resolve("absent.bin")))
                .isInstanceOf(java.io.UncheckedIOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelDigest.ofSources(List.of(() -> null)))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("missing");
    }
}
