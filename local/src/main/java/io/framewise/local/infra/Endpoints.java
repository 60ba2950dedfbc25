package io.framewise.local.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to reach the running infrastructure, and the same as configuration for a Framewise service: as
 * Quarkus properties (tests) or environment variables (service processes). {@code kafkaClientProperties} are the
 * Kafka client settings the broker wants besides its address (SASL), none for a plaintext broker; they go to the
 * services as {@code kafka.*} properties, which reach every Kafka client of theirs.
 */
public record Endpoints(
        String kafkaBootstrapServers,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        String sourceBucket,
        String renderBucket,
        String jdbcUrl,
        String reactiveUrl,
        String dbUser,
        String dbPassword,
        Map<String, String> kafkaClientProperties) {

    /** Configuration property names, as the services' {@code application.properties} read them. */
    public Map<String, String> asConfigProperties() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        new java.util.TreeMap<>(kafkaClientProperties).forEach((key, value) -> config.put("kafka." + key, value));
        config.put("framewise.storage.endpoint", s3Endpoint);
        config.put("framewise.storage.access-key", s3AccessKey);
        config.put("framewise.storage.secret-key", s3SecretKey);
        config.put("framewise.storage.source-bucket", sourceBucket);
        config.put("framewise.storage.render-bucket", renderBucket);
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.reactive.url", reactiveUrl);
        config.put("quarkus.datasource.username", dbUser);
        config.put("quarkus.datasource.password", dbPassword);
        return config;
    }

    /** The same settings as environment variables (MicroProfile Config's mapping of property names). */
    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        asConfigProperties().forEach((key, value) -> env.put(toEnvName(key), value));
        return env;
    }

    static String toEnvName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
