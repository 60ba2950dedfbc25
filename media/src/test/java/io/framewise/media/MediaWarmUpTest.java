package io.framewise.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MediaWarmUpTest {

    @Test
    void runsTheBundledClipThroughTheToolkitAndLeavesNoFilesBehind() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));

        MediaWarmUp.run();

        assertThat(MediaWarmUp.run()).isPositive();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("framewise-warmup"))).isEmpty();
        }
    }

    @Test
    void isTheJobAServiceNamesForItsStartAndNamesItselfInTheLog() {
        MediaWarmUp job = new MediaWarmUp();

        assertThat(job.get()).isPositive();
        assertThat(job).hasToString("FFmpeg toolkit");
    }
}
