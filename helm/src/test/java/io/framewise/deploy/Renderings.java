package io.framewise.deploy;

/** Settings for renderings that switch on what the defaults leave out, for the checks that must see every object. */
final class Renderings {

    /** Every optional object and option at once: scalers, monitors, Ingress, mail, tracing, Kafka SASL over TLS. */
    static final String[] EVERYTHING_ON = {
        "gif.autoscaling.hpa.enabled=true", "capture.autoscaling.hpa.enabled=true", "label.autoscaling.hpa.enabled=true",
        "metrics.serviceMonitor.enabled=true", "metrics.serviceMonitor.labels.release=kube-prometheus-stack",
        "gateway.ingress.enabled=true", "gateway.ingress.hostname=video.example.com", "gateway.ingress.tls=true",
        "gateway.ingress.ingressClassName=nginx", "gateway.service.type=LoadBalancer",
        "gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}", "gateway.mail.smtp.host=smtp.example.com",
        "gateway.mail.smtp.username=framewise", "gateway.mail.smtp.password=smtp-pass", "gateway.publicUrl=https://video.example.com",
        "tracing.endpoint=http://otel-collector.observability:4318", "storage.publicEndpoint=https://s3.example.com",
        "storage.accessKey=ak", "storage.secretKey=sk", "postgresql.password=pg",
        "kafka.bootstrapServers=kafka-0.kafka:9093,kafka-1.kafka:9093", "kafka.securityProtocol=SASL_SSL",
        "kafka.sasl.mechanism=SCRAM-SHA-512", "kafka.sasl.username=framewise", "kafka.sasl.password=kafka-pass",
        "kafka.tls.caSecret=kafka-ca",
        "networkPolicy.gateway.from[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name=ingress-nginx",
        "networkPolicy.management.from[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name=monitoring",
        "networkPolicy.kafka.to[0].ipBlock.cidr=10.20.0.0/16",
        "global.imageRegistry=mirror.example.com",
    };

    /** KEDA instead of the HPAs (the two exclude each other). */
    static final String[] KEDA = {"keda.enabled=true", "keda.authenticationRef=kafka-auth"};

    private Renderings() {
    }
}
