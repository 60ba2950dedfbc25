package io.framewise.deploy;

import io.framewise.events.Topics;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six services as the deployment assets know them: name (= consumer group), values key, HTTP port, input topic. */
enum Component {
    GATEWAY("gateway-svc", "gateway", 8080, null, false),
    SESSION("session-svc", "session", 8081, Topics.VIDEO_UPLOADED, false),
    GIF("gif-svc", "gif", 8082, Topics.RENDER_START, true),
    CAPTURE("capture-svc", "capture", 8083, Topics.RENDER_START, true),
    LABEL("label-svc", "label", 8084, Topics.CAPTURE_CREATED, true),
    STATUS("status-svc", "status", 8085, null, false);

    final String service;
    final String valuesKey;
    final int port;
    private final String kedaTopic;
    /** The FFmpeg/model workers that get a CPU HPA. */
    final boolean worker;

    Component(String service, String valuesKey, int port, String kedaTopic, boolean worker) {
        this.service = service;
        this.valuesKey = valuesKey;
        this.port = port;
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

    static List<Component> workers() {
        return Arrays.stream(values()).filter(c -> c.worker).toList();
    }
}
