package io.framewise.transcribe;

import io.framewise.transcribe.config.TranscribeConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/**
 * {@link TranscribeConfig} outside the application: the interface's defaults, then system properties and the
 * environment (so an evaluation run can try {@code -Dframewise.transcribe.pocketsphinx.arguments=...}), then the
 * given overrides.
 */
public final class TranscribeConfigs {

    private TranscribeConfigs() {
    }

    public static TranscribeConfig of(Map<String, String> overrides) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultSources()
                .withSources(new PropertiesConfigSource(overrides, "overrides", 1000))
                .withMapping(TranscribeConfig.class).build();
        return config.getConfigMapping(TranscribeConfig.class);
    }
}
