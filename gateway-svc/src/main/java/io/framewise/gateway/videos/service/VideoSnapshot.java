package io.framewise.gateway.videos.service;

import java.util.Map;

/**
 * A video's current state as the public API shows it (S1's response), and whether it is final (READY or
 * FAILED), after which no more progress will come.
 */
public record VideoSnapshot(Map<String, Object> body, boolean terminal) {
}
