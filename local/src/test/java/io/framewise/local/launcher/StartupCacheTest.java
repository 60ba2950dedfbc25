package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @Test
    void aCacheIsRecordedOnceThenMappedUntilTheJarChanges(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        StartupCache cache = new StartupCache(dir.resolve("aot"));
        ServiceSpec gif = ServiceSpec.named("gif");
        Assumptions.assumeTrue(Runtime.version().feature() >= StartupCache.FIRST_JDK);

        assertThat(cache.optionsFor(gif, jar, false)).as("a second replica never records").isEmpty();
        String output = cache.optionsFor(gif, jar, true).get(0);
        assertThat(output).startsWith("-XX:AOTCacheOutput=" + dir.resolve("aot").resolve("gif-svc-"));
        Path recorded = Path.of(output.substring(output.indexOf('=') + 1));
        Files.writeString(recorded, "cache");
        assertThat(cache.optionsFor(gif, jar, false)).containsExactly("-XX:AOTCache=" + recorded);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(cache.optionsFor(gif, jar, true).get(0)).as("a rebuilt jar records a new cache")
                .startsWith("-XX:AOTCacheOutput=");
        assertThat(recorded).as("the stale cache is deleted").doesNotExist();
    }
}
