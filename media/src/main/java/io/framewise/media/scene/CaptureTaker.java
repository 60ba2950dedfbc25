package io.framewise.media.scene;

import io.framewise.media.frames.FrameReader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes the captures the scan asks for and hands them to the listener, in order, on a thread of its own: the
 * scan goes on decoding while a capture is read at full quality, encoded, stored and announced.
 */
final class CaptureTaker implements AutoCloseable {

    private final FrameReader reader;
    private final CaptureListener listener;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread taker = new Thread(runnable, "capture-taker");
        taker.setDaemon(true);
        return taker;
    });
    private final AtomicInteger handedOver = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private int requested;

    CaptureTaker(FrameReader reader, CaptureListener listener) {
        this.reader = reader;
        this.listener = listener;
    }

    /** Asks for the picture at {@code timeMs}; a time the file cannot deliver is skipped without a gap in the numbering. */
    void take(long timeMs, double cutScore) {
        requested++;
        thread.execute(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                var picture = reader.frameAt(timeMs);
                if (picture.isPresent()) {
                    listener.onCapture(new SceneCapture(handedOver.get(), timeMs, picture.get().image(), cutScore));
                    handedOver.incrementAndGet();
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    int requested() {
        return requested;
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** Waits until every capture asked for is handed over; returns how many were, or throws the first failure. */
    int finish() throws Exception {
        thread.shutdown();
        while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while captures were being handed over");
            }
        }
        Exception first = failure.get();
        if (first != null) {
            throw first;
        }
        return handedOver.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
