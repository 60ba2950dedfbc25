package io.framewise.gateway.webhooks.domain;

/** A webhook delivery's state: due or waiting to retry, being sent, delivered, or given up. */
public enum DeliveryStatus {
    PENDING, IN_FLIGHT, SUCCEEDED, FAILED
}
