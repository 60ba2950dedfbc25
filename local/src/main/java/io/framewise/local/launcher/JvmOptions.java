package io.framewise.local.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM settings of each service process. Eight JVMs share two cores and a few GiB here, so each gets the heap
 * it needs (live data after a collection is 20–40 MiB in every service; the ceilings leave room for the peaks a
 * video brings) and gives memory back after a full collection; only the services whose hot loops run in Java
 * keep the optimising compiler.
 */
final class JvmOptions {

    /** Heap ceilings, from the peaks measured over the benchmark corpus, with headroom. */
    private static final Map<String, String> MAX_HEAP = Map.of(
            "status-svc", "192m",
            "session-svc", "128m",
            "gif-svc", "256m",
            "capture-svc", "256m",
            // The TF.js → ONNX conversion at start holds a model's weights twice for a moment.
            "label-svc", "384m",
            "transcode-svc", "128m",
            "transcribe-svc", "192m",
            "gateway-svc", "192m");

    /**
     * C2 only where Java looks at pixels: capture-svc's scene scan runs ~30 % slower under C1 alone, and gif-svc
     * and label-svc convert every frame. Elsewhere the time goes to I/O and native code, and C1 alone starts
     * sooner, spends less CPU compiling on two shared cores and keeps less code.
     */
    private static final Set<String> FULL_JIT = Set.of("gif-svc", "capture-svc", "label-svc");

    private static final Path NICE = Path.of("/usr/bin/nice");

    private JvmOptions() {
    }

    /**
     * What a service's JVM is started under. Transcoding and transcription are long background work a user does not
     * wait for first: at a lower priority, they take the cores only while the preview, captures and labels leave
     * them free, and their FFmpeg and recogniser threads inherit it.
     */
    static List<String> launchPrefix(ServiceSpec spec) {
        boolean background = spec.name().equals("transcode-svc") || spec.name().equals("transcribe-svc");
        return background && Files.isExecutable(NICE) ? List.of(NICE.toString(), "-n", "10") : List.of();
    }

    /** The C library's allocator settings, passed in the environment. */
    static Map<String, String> mallocEnvironment(ServiceSpec spec) {
        // glibc gives each thread that allocates its own arena (64 MiB reserved, much of it touched); a JVM has
        // dozens of threads, and two arenas serve its little native allocation as well.
        Map<String, String> environment = new HashMap<>(Map.of("MALLOC_ARENA_MAX", "2"));
        if (spec.name().equals("label-svc")) {
            // ONNX Runtime's large blocks (the model while a session is built, the tensors of a run) stay mapped
            // on their own and go back to the system when freed: glibc would otherwise raise its threshold after the
            // first such free and keep the rest in its heap for good (about 80 MiB here after the models load).
            environment.put("MALLOC_MMAP_THRESHOLD_", "131072");
            environment.put("MALLOC_TRIM_THRESHOLD_", "131072");
        }
        return environment;
    }

    static List<String> of(ServiceSpec spec) {
        List<String> options = new ArrayList<>(List.of("-Xms16m", "-Xmx" + MAX_HEAP.getOrDefault(spec.name(), "256m"),
                "-XX:+UseSerialGC",
                // Give memory back after a full collection, all at once rather than over four of them.
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps",
                "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED"));
        if (!FULL_JIT.contains(spec.name())) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (Runtime.version().feature() >= 23) {
            // Kafka's client still uses sun.misc.Unsafe; without this JDK 23+ warns on every start.
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }
}
