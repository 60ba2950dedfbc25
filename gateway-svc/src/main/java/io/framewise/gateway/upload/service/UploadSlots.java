package io.framewise.gateway.upload.service;

import io.framewise.gateway.upload.config.UploadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * At most {@code framewise.gateway.uploads.max-concurrent} uploads stream into this instance at once, so slow or
 * stalled uploaders cannot take every spool slot and worker thread.
 */
@ApplicationScoped
public class UploadSlots {

    private final Semaphore slots;
    private final int limit;

    public UploadSlots(UploadConfig config) {
        this.limit = config.maxConcurrent();
        this.slots = new Semaphore(limit);
    }

    /** Takes a slot if one is free; give it back with {@link #release()}. */
    public boolean tryTake() {
        return slots.tryAcquire();
    }

    public void release() {
        slots.release();
    }

    public int limit() {
        return limit;
    }
}
