package io.framewise.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelConfigSourceFactoryTest {

    @Test
    void derivesEveryListedChannelFromTheEventContract() {
        SmallRyeConfig config = config(Map.of(
                "quarkus.application.name", "gif-svc",
                "framewise.channels.incoming", "render-start, render-reprocess",
                "framewise.channels.outgoing", "preview-created"));

        assertThat(config.getValue("mp.messaging.incoming.render-start.topic", String.class))
                .isEqualTo("render.start");
        assertThat(config.getValue("mp.messaging.incoming.render-start.group.id", String.class))
                .isEqualTo("gif-svc");
        assertThat(config.getValue("mp.messaging.incoming.render-reprocess.group.id", String.class))
                .isEqualTo("gif-svc-reprocess");
        assertThat(config.getValue("mp.messaging.incoming.render-reprocess.value.deserializer", String.class))
                .isEqualTo("io.framewise.events.serde.EventDeserializers$RenderStartDeserializer");
        assertThat(config.getValue("mp.messaging.incoming.render-reprocess.dead-letter-queue.topic", String.class))
                .isEqualTo("render.reprocess.dlq");
        assertThat(config.getValue("mp.messaging.outgoing.preview-created.value.serializer", String.class))
                .isEqualTo("io.framewise.events.serde.EventSerializer");
    }

    @Test
    void aServiceMayReadEachChannelInAGroupOfItsOwn() {
        SmallRyeConfig config = config(Map.of(
                "quarkus.application.name", "status-svc",
                "framewise.channels.incoming", "labels-done,stage-failed",
                "framewise.channels.group-per-channel", "true"));

        assertThat(config.getValue("mp.messaging.incoming.labels-done.group.id", String.class))
                .isEqualTo("status-svc-labels-done");
        assertThat(config.getValue("mp.messaging.incoming.stage-failed.group.id", String.class))
                .isEqualTo("status-svc-stage-failed");
    }

    @Test
    void aSettingWrittenOutInTheServiceWinsAndSharedDefaultsLose() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        "quarkus.application.name", "status-svc",
                        "framewise.channels.incoming", "labels-done",
                        "mp.messaging.incoming.labels-done.group.id", "status-svc-labels-done"),
                        "application.properties", 250))
                .withSources(new PropertiesConfigSource(Map.of(
                        "mp.messaging.incoming.labels-done.auto.offset.reset", "latest"), "shared defaults", 100))
                .withSources(new ChannelConfigSourceFactory())
                .build();

        assertThat(config.getValue("mp.messaging.incoming.labels-done.group.id", String.class))
                .isEqualTo("status-svc-labels-done");
        assertThat(config.getValue("mp.messaging.incoming.labels-done.auto.offset.reset", String.class))
                .isEqualTo("earliest");
    }

    @Test
    void aServiceThatListsNoChannelsGetsNoSettings() {
        SmallRyeConfig config = config(Map.of("quarkus.application.name", "gateway-svc"));

        assertThat(config.getPropertyNames()).noneMatch(name -> name.startsWith("mp.messaging."));
    }

    @Test
    void aChannelThatNamesNoTopicIsRefused() {
        assertThatThrownBy(() -> ChannelSettings.of("status-svc", List.of(), List.of("capture-announce")))
                .hasMessageContaining("capture-announce");
    }

    private static SmallRyeConfig config(Map<String, String> application) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(application, "application.properties", 250))
                .withSources(new ChannelConfigSourceFactory())
                .build();
    }
}
