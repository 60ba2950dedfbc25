package io.framewise.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plain client gets the channels' connection and security settings, its own on top, and no borrowed group id. */
class KafkaClientSettingsTest {

    private static final Map<String, Object> BROKER = Map.of(
            "bootstrap.servers", "kafka:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
            "ssl.truststore.type", "PEM",
            "group.id", "label-svc");

    @Test
    void securitySettingsReachThePlainClientWithItsOwnOnTop() {
        var settings = new KafkaClientSettings(BROKER).forClient(Map.of("client.id", "people", "bootstrap.servers", "other:1"));

        assertThat(settings).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", BROKER.get("sasl.jaas.config")).containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("client.id", "people").containsEntry("bootstrap.servers", "other:1")
                .doesNotContainKey("group.id");
    }
}
