package io.framewise.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The Kafka settings every SmallRye channel of this service gets, for a plain Kafka client beside them (label-svc's
 * people gallery reader). They are Quarkus' {@code default-kafka-broker} map: every {@code kafka.*} property and
 * {@code KAFKA_*} variable, so {@code kafka.bootstrap.servers}, {@code kafka.security.protocol}, {@code kafka.sasl.*}
 * and {@code kafka.ssl.*} (or {@code KAFKA_SASL_JAAS_CONFIG} ...) reach such a client exactly as they reach the
 * channels, and a broker that wants SASL or TLS is spoken to the same way by all of them.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> broker;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
    }

    /**
     * The shared settings with the client's own on top. Without the group id Quarkus adds by default (the
     * application's name): a client that needs a group names its own, and one that assigns partitions itself must not
     * appear to be a member of the service's group.
     */
    public Map<String, Object> forClient(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(broker);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.putAll(own);
        return settings;
    }
}
