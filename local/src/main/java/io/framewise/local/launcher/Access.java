package io.framewise.local.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who can reach the stack {@code ./framewise up} runs. By default everything (gateway, every service, Kafka,
 * PostgreSQL, the S3 API) listens on 127.0.0.1 only, and the gateway asks for no key: only this machine's users reach
 * it. {@code --listen ADDRESS} puts the gateway on another address, and then a key is required
 * ({@code FRAMEWISE_API_KEY}): the launcher refuses to start without one. With a key, every API request needs it.
 *
 * @param listen the gateway's address
 * @param apiKey the write key the gateway requires (none: no key, allowed only on loopback)
 */
public record Access(String listen, Optional<String> apiKey) {

    /** The variable that holds the API key. */
    public static final String API_KEY = "FRAMEWISE_API_KEY";
    /** Where everything but a {@code --listen} gateway listens. */
    public static final String LOOPBACK = "127.0.0.1";

    public Access {
        apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
        if (!isLoopback(listen) && apiKey.isEmpty()) {
            throw new IllegalArgumentException("--listen " + listen + " makes Framewise reachable from other "
                    + "machines, so it needs an API key, and none was given. Give one in " + API_KEY + ", e.g.\n"
                    + "  " + API_KEY + "=$(openssl rand -hex 24) ./framewise up --listen " + listen + "\n"
                    + "and send it as the X-Api-Key header (the web page asks for it once).");
        }
        if (apiKey.isPresent() && apiKey.get().length() < 16) {
            throw new IllegalArgumentException(API_KEY + " is too short to be a key: use at least 16 characters, "
                    + "e.g. $(openssl rand -hex 24)");
        }
    }

    /** This machine only, no key: {@code ./framewise up} as it starts. */
    public static Access local() {
        return new Access(LOOPBACK, Optional.empty());
    }

    /** From the environment: the key if {@value #API_KEY} is set; loopback. */
    public static Access fromEnvironment(java.util.Map<String, String> env) {
        return new Access(LOOPBACK, Optional.ofNullable(env.get(API_KEY)));
    }

    public Access listeningOn(String address) {
        return new Access(address, apiKey);
    }

    public Access withApiKey(String key) {
        return new Access(listen, Optional.of(key));
    }

    /** True when only this machine can reach the gateway. */
    public boolean loopbackOnly() {
        return isLoopback(listen);
    }

    private static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen takes an address of this machine, e.g. 0.0.0.0 or "
                    + "192.168.1.20; '" + address + "' is none");
        }
    }
}
