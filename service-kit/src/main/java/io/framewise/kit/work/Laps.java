package io.framewise.kit.work;

import java.util.StringJoiner;

/**
 * Where a stage's time went, phase by phase ("download 40 ms, frames 35 ms, gif 240 ms"), for its log line: a slow
 * stage says whether it waited for storage or worked.
 */
public final class Laps {

    private final StringJoiner phases = new StringJoiner(", ");
    private long lastLap = System.nanoTime();

    /** Ends the phase running since the last lap (or since this was made), under {@code name}. */
    public void lap(String name) {
        long now = System.nanoTime();
        phases.add(name + " " + (now - lastLap) / 1_000_000 + " ms");
        lastLap = now;
    }

    @Override
    public String toString() {
        return phases.toString();
    }
}
