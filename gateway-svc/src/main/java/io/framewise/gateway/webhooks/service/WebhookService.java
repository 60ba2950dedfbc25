package io.framewise.gateway.webhooks.service;

import io.framewise.events.Topics;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.webhooks.config.WebhookConfig;
import io.framewise.gateway.webhooks.domain.DeliveryAttempt;
import io.framewise.gateway.webhooks.domain.Webhook;
import io.framewise.gateway.webhooks.domain.WebhookDelivery;
import io.framewise.gateway.webhooks.repository.AttemptRepository;
import io.framewise.gateway.webhooks.repository.DeliveryRepository;
import io.framewise.gateway.webhooks.repository.WebhookRepository;
import io.framewise.outbound.OutboundPolicy;
import io.framewise.outbound.SafeHttpClient;
import io.framewise.outbound.UrlGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registering, listing and removing webhooks, and reading their deliveries. Blocking: worker threads only. */
@ApplicationScoped
public class WebhookService {

    /** The events a webhook can subscribe to. */
    public static final Set<String> EVENTS = Set.of(Topics.RENDER_READY);
    private static final int MIN_SECRET_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A delivery and its attempts, oldest attempt first. */
    public record DeliveryRecord(WebhookDelivery delivery, List<DeliveryAttempt> attempts) {
    }

    /** A new webhook; {@code generatedSecret} is set only when the gateway chose the secret (shown once). */
    public record Created(Webhook webhook, String generatedSecret) {
    }

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final SafeHttpClient http;
    private final OutboundPolicy policy;

    public WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, AttemptRepository attempts,
                          SafeHttpClient http, WebhookConfig config) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.http = http;
        this.policy = policy(config);
    }

    static OutboundPolicy policy(WebhookConfig config) {
        return OutboundPolicy.of(config.allowPrivate(), config.allowedNetworks(), "framewise.gateway.webhooks");
    }

    public Created create(String url, String secret, List<String> events) {
        http.guard().check(UrlGuard.parse(url), policy);
        Set<String> wanted = new LinkedHashSet<>(events == null || events.isEmpty() ? List.of(Topics.RENDER_READY)
                : events);
        for (String event : wanted) {
            if (!EVENTS.contains(event)) {
                throw new InvalidRequestException("unknown event '" + event + "'; webhooks can subscribe to "
                        + EVENTS);
            }
        }
        String generated = null;
        if (secret == null || secret.isBlank()) {
            generated = HexFormat.of().formatHex(randomBytes());
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            throw new InvalidRequestException("the secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long (or leave it out and one is generated)");
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = url.strip();
        webhook.secret = generated != null ? generated : secret;
        webhook.events = String.join(",", wanted);
        webhook.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> webhooks.persist(webhook));
        return new Created(webhook, generated);
    }

    @Transactional
    public List<Webhook> list() {
        return webhooks.all();
    }

    @Transactional
    public Optional<Webhook> find(UUID id) {
        return webhooks.findByIdOptional(id);
    }

    /** True if it existed. Its deliveries go with it. */
    @Transactional
    public boolean delete(UUID id) {
        return webhooks.deleteById(id);
    }

    @Transactional
    public List<DeliveryRecord> deliveries(UUID webhookId, int page, int size) {
        List<WebhookDelivery> list = deliveries.ofWebhook(webhookId, page, size);
        Map<UUID, List<DeliveryAttempt>> byDelivery = attempts.ofDeliveries(list.stream().map(d -> d.id).toList());
        return list.stream().map(d -> new DeliveryRecord(d, byDelivery.getOrDefault(d.id, List.of()))).toList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
