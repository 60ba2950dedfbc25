package io.framewise.transcribe.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.transcribe.TranscribeConfigs;
import io.framewise.events.ModelRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model is the pinned one, its digest is stable, and a model that differs is refused. */
class VoskModelFilesTest {

    @Test
    void theBundledModelIsCopiedOutCheckedAndNamed() throws IOException {
        Path directory = VoskModelFiles.directory("");
        assertThat(VoskModelFiles.manifest()).hasSize(15)
                .allSatisfy(entry -> assertThat(directory.resolve(entry.path())).isRegularFile());
        assertThat(VoskModelFiles.directory("")).isEqualTo(directory);

        ModelRef model = new VoskRecognizer(TranscribeConfigs.of(Map.of()).vosk()).model();
        assertThat(model.name()).isEqualTo("vosk-model-small-en-us-0.15");
        assertThat(model.version()).isEqualTo("com.alphacephei:vosk-model-en:0.3.45 (Maven Central)");
        assertThat(model.sha256()).isEqualTo(VoskModelFiles.digest(directory)).matches("[0-9a-f]{64}");
    }

    @Test
    void aModelDirectoryThatDiffersFromThePinnedFilesIsRefused(@TempDir Path copy) throws IOException {
        Path bundled = VoskModelFiles.directory("");
        for (VoskModelFiles.Entry entry : VoskModelFiles.manifest()) {
            Path target = copy.resolve(entry.path());
            Files.createDirectories(target.getParent());
            Files.copy(bundled.resolve(entry.path()), target);
        }
        assertThat(VoskModelFiles.directory(copy.toString())).isEqualTo(copy);

        Path conf = copy.resolve("conf/model.conf");
        Files.writeString(conf, Files.readString(conf, StandardCharsets.UTF_8).replace("--beam=10.0", "--beam=13.0"));
        assertThatThrownBy(() -> VoskModelFiles.directory(copy.toString())).isInstanceOf(IOException.class)
                .hasMessageContaining("conf/model.conf").hasMessageContaining("pinned");

        Files.delete(copy.resolve("am/final.mdl"));
        assertThatThrownBy(() -> VoskModelFiles.directory(copy.toString())).isInstanceOf(IOException.class)
                .hasMessageContaining("lacks");
    }
}
