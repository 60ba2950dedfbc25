package io.framewise.transcode.service;

import io.framewise.events.ObjectRef;
import io.framewise.kit.storage.ObjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Puts a batch of files into the render bucket a few at a time. A job stores two MP4s, an MP3 and a segment every
 * few seconds of video per rung; one after another, the round trips add up to seconds for a 30 s clip.
 */
final class ParallelUploads {

    /** A file and where it goes. */
    record Upload(String key, Path file, String contentType) {
    }

    private ParallelUploads() {
    }

    /** Returns once every file is stored; the first failure is thrown after the rest have finished or failed. */
    static void putAll(ObjectStore store, List<Upload> uploads, int concurrency)
            throws IOException, InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency),
                Thread.ofVirtual().name("upload-", 0).factory())) {
            List<Future<?>> pending = new ArrayList<>();
            for (Upload upload : uploads) {
                pending.add(pool.submit(() -> store.put(new ObjectRef(store.renderBucket(), upload.key()),
                        upload.file(), upload.contentType())));
            }
            Throwable first = null;
            for (Future<?> future : pending) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first != null) {
                throw new IOException("storing the renditions failed: " + first.getMessage(), first);
            }
        }
    }
}
