package io.framewise.deploy;

import io.framewise.events.Topics;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The eight services as the deployment assets know them: name (= consumer group), values key, HTTP port (the
 * management port, /q/*, is {@link #managementPort}), input topic.
 */
enum Component {
    GATEWAY("gateway-svc", "gateway", 8080, null, false),
    SESSION("session-svc", "session", 8081, Topics.VIDEO_UPLOADED, false),
    GIF("gif-svc", "gif", 8082, Topics.RENDER_START, true),
    CAPTURE("capture-svc", "capture", 8083, Topics.RENDER_START, true),
    LABEL("label-svc", "label", 8084, Topics.CAPTURE_CREATED, true),
    TRANSCODE("transcode-svc", "transcode", 8086, Topics.RENDER_START, true),
    TRANSCRIBE("transcribe-svc", "transcribe", 8087, Topics.RENDER_START, true),
    STATUS("status-svc", "status", 8085, null, false);

    final String service;
    final String valuesKey;
    final int port;
    /** The management interface's port (/q/health, /q/metrics): as each service's application.properties sets it. */
    final int managementPort;
    private final String kedaTopic;
    /** The FFmpeg/model workers that get a CPU HPA. */
    final boolean worker;

    Component(String service, String valuesKey, int port, String kedaTopic, boolean worker) {
        this.service = service;
        this.valuesKey = valuesKey;
        this.port = port;
        this.managementPort = port + 1100;
        this.kedaTopic = kedaTopic;
        this.worker = worker;
    }

    /** The topic whose consumer lag KEDA scales this service on, if it is scaled by lag at all. */
    Optional<String> kedaTopic() {
        return Optional.ofNullable(kedaTopic);
    }

    /** status-svc owns PostgreSQL; gateway-svc reads it too (API keys, webhooks). */
    boolean usesDatabase() {
        return this == STATUS || this == GATEWAY;
    }

    /**
     * Whether the service's module is in this checkout. transcribe-svc's module arrives in its own branch; until it is
     * merged, the checks that read a module's files (Dockerfile, compose build context) skip it with a message.
     */
    boolean moduleMerged() {
        return Files.isDirectory(Repo.root().resolve(service));
    }

    static List<Component> workers() {
        return Arrays.stream(values()).filter(c -> c.worker).toList();
    }
}
