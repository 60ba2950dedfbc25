package io.framewise.local.infra;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * SASL/PLAIN on the embedded broker: its one listener wants this user and password, and every client (the
 * services, the topic provisioner, outside tools) sends them. {@link #clientProperties()} are the Kafka client
 * settings, without the {@code kafka.} prefix Quarkus reads them under.
 */
public record KafkaSasl(String username, String password) {

    private static final String LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

    public KafkaSasl {
        if (username.isBlank() || password.isBlank() || (username + password).contains("\"")) {
            throw new IllegalArgumentException("the Kafka SASL user and password must be non-empty and free of quotes");
        }
    }

    /** The user {@code framewise} with a fresh random password. */
    public static KafkaSasl generated() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return new KafkaSasl("framewise", HexFormat.of().formatHex(secret));
    }

    public Map<String, String> clientProperties() {
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", LOGIN_MODULE + " required username=\"" + username + "\" password=\"" + password + "\";");
    }

    /** What the broker needs to accept this user on its listener, and to use it itself between its own roles. */
    Map<String, String> brokerProperties(int port, int controllerPort) {
        return Map.of(
                "listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name", "SASL_PLAINTEXT",
                "listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config", LOGIN_MODULE + " required username=\"" + username
                        + "\" password=\"" + password + "\" user_" + username + "=\"" + password + "\";");
    }
}
