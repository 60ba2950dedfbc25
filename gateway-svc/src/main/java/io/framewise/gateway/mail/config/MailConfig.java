package io.framewise.gateway.mail.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Mail on READY and on FAILED (S4 mailed its operators on success or error). Off by default; the SMTP server
 * itself is Quarkus' {@code quarkus.mailer.*} (host, port, TLS, credentials, from).
 */
@ConfigMapping(prefix = "framewise.gateway.mail")
public interface MailConfig {

    /** Send mail at all. */
    @WithDefault("false")
    boolean enabled();

    /** Who hears of finished videos. */
    Optional<List<String>> to();

    /** Mail on READY videos (FAILED ones are always mailed when mail is on). */
    @WithDefault("true")
    boolean onReady();
}
