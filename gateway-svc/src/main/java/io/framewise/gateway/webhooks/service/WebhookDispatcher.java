package io.framewise.gateway.webhooks.service;

import io.framewise.gateway.webhooks.config.WebhookConfig;
import io.framewise.gateway.webhooks.domain.DeliveryAttempt;
import io.framewise.gateway.webhooks.domain.DeliveryStatus;
import io.framewise.gateway.webhooks.domain.Webhook;
import io.framewise.gateway.webhooks.domain.WebhookDelivery;
import io.framewise.gateway.webhooks.repository.DeliveryRepository;
import io.framewise.gateway.webhooks.repository.WebhookRepository;
import io.framewise.outbound.OutboundFailure;
import io.framewise.outbound.OutboundPolicy;
import io.framewise.outbound.RefusedUrlException;
import io.framewise.outbound.SafeHttpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries, far from the Kafka consumer (which only queues them): a poll finds due ones,
 * claims each with a lease (so several gateway instances never send the same one at once, and one whose
 * sender died is taken over when its lease ends), and a small pool of senders posts them. Every attempt is
 * recorded; a non-2xx answer, a timeout or a refused address is retried with exponential backoff (and
 * jitter) until the configured number of attempts, then the delivery is FAILED.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final SafeHttpClient http;
    private final WebhookConfig config;
    private final OutboundPolicy policy;
    private final Semaphore slots;
    private ExecutorService senders;

    public WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, SafeHttpClient http,
                             WebhookConfig config) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.http = http;
        this.config = config;
        this.policy = WebhookService.policy(config);
        this.slots = new Semaphore(config.maxConcurrent());
    }

    @PostConstruct
    void start() {
        AtomicInteger threads = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.maxConcurrent(), task -> {
            Thread thread = new Thread(task, "framewise-webhook-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(every = "${framewise.gateway.webhooks.poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries not dispatched this round: %s", e.getMessage());
        }
    }

    private void dispatch() {
        int free = slots.availablePermits();
        if (free == 0) {
            return;
        }
        List<WebhookDelivery> due = QuarkusTransaction.requiringNew().call(() -> deliveries.due(free));
        Instant leaseUntil = Instant.now().plus(config.timeout()).plusSeconds(30);
        for (WebhookDelivery delivery : due) {
            if (!slots.tryAcquire()) {
                return;
            }
            if (!QuarkusTransaction.requiringNew().call(() -> deliveries.claim(delivery.id, leaseUntil))) {
                slots.release();
                continue;
            }
            senders.execute(() -> {
                try {
                    attempt(delivery);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "webhook delivery %s could not be recorded", delivery.id);
                } finally {
                    slots.release();
                }
            });
        }
    }

    private void attempt(WebhookDelivery delivery) {
        Webhook webhook = QuarkusTransaction.requiringNew().call(() -> webhooks.findById(delivery.webhookId));
        if (webhook == null) {
            return; // deleted meanwhile; its deliveries went with it
        }
        int attempt = delivery.attempts + 1;
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Framewise-Event", delivery.eventType);
        headers.put("X-Framewise-Delivery", delivery.id.toString());
        headers.put("X-Framewise-Timestamp", Long.toString(timestamp));
        headers.put("X-Framewise-Signature", WebhookSignature.sign(webhook.secret, timestamp, delivery.payload));
        Instant started = Instant.now();
        Integer statusCode = null;
        String error = null;
        try {
            statusCode = http.post(URI.create(webhook.url), headers,
                    delivery.payload.getBytes(StandardCharsets.UTF_8), config.timeout(), policy);
            if (statusCode / 100 != 2) {
                error = "the receiver answered " + statusCode;
            }
        } catch (RefusedUrlException | OutboundFailure | IllegalArgumentException e) {
            error = e.getMessage();
        }
        long durationMs = Duration.between(started, Instant.now()).toMillis();
        record(delivery, attempt, started, statusCode, error, durationMs);
    }

    private void record(WebhookDelivery claimed, int attempt, Instant started, Integer statusCode, String error,
                        long durationMs) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = deliveries.findById(claimed.id);
            if (delivery == null) {
                return;
            }
            DeliveryAttempt row = new DeliveryAttempt();
            row.deliveryId = delivery.id;
            row.attempt = attempt;
            row.startedAt = started;
            row.statusCode = statusCode;
            row.error = truncate(error);
            row.durationMs = durationMs;
            Instant now = Instant.now();
            delivery.attempts = attempt;
            delivery.lastStatusCode = statusCode;
            delivery.lastError = row.error;
            delivery.leaseUntil = null;
            delivery.updatedAt = now;
            if (error == null) {
                delivery.status = DeliveryStatus.SUCCEEDED;
                delivery.completedAt = now;
            } else if (attempt >= config.maxAttempts()) {
                delivery.status = DeliveryStatus.FAILED;
                delivery.completedAt = now;
                LOG.warnf("webhook delivery %s of %s for video %s failed for good after %d attempts: %s",
                        delivery.id, delivery.eventType, delivery.videoId, attempt, error);
            } else {
                delivery.status = DeliveryStatus.PENDING;
                delivery.nextAttemptAt = now.plus(backoff(attempt));
            }
            row.persist();
        });
    }

    /** initial × 2^(attempt-1), at most the maximum, ±20 % so receivers coming back are not stampeded. */
    Duration backoff(int failedAttempts) {
        long initial = config.initialBackoff().toMillis();
        long exponential = initial << Math.min(failedAttempts - 1, 30);
        long capped = Math.min(exponential <= 0 ? Long.MAX_VALUE : exponential, config.maxBackoff().toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
