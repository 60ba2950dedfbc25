package io.framewise.gateway.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, and the gateway's mail turned on against it. */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    public static final String OPERATORS = "ops@example.test,oncall@example.test";

    private static GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();

        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                // GreenMail offers STARTTLS with a certificate nobody trusts; plain SMTP on loopback is the point
                "quarkus.mailer.start-tls", "DISABLED",
                "framewise.gateway.mail.enabled", "true",
                "framewise.gateway.mail.to", OPERATORS,
                "framewise.gateway.public-url", "https://video.example.test/");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the SMTP server", e);
        }
    }
}
