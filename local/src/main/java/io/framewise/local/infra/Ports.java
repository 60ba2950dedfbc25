package io.framewise.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks, so a taken port is reported by number before anything half-starts. */
public final class Ports {

    /** Where free ports are looked for when the kernel's ephemeral range cannot be read. */
    private static final int FALLBACK_EPHEMERAL_LOW = 32768;
    private static final int LOWEST = 20000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    public static int orFree(int port) {
        return port != 0 ? port : free();
    }

    /**
     * A port nothing listens on, below the kernel's ephemeral range and not handed out before by this JVM. A port
     * the kernel picked (bind to 0) comes from that range, which is also where every outgoing connection takes its
     * local port: between the check and the service's own bind, a client connection could take it (a capture-svc
     * of a test stack once found its port "in use by another process" that way).
     */
    public static synchronized int free() {
        int high = ephemeralLow() - 1;
        if (high - LOWEST >= 1000) {
            for (int attempt = 0; attempt < 500; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, high + 1);
                if (!HANDED_OUT.contains(port) && isFree(port)) {
                    HANDED_OUT.add(port);
                    return port;
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    private static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return FALLBACK_EPHEMERAL_LOW;
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
