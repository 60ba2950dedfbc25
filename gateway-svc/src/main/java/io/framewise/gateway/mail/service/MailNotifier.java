package io.framewise.gateway.mail.service;

import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.mail.config.MailConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Writes and sends the mail about a finished video, when mail is on. */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class);

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final String publicUrl;

    public MailNotifier(ReactiveMailer mailer, MailConfig config, GatewayConfig gateway) {
        this.mailer = mailer;
        this.config = config;
        // a mail has no request to take the address from, so the configured one or the local default
        this.publicUrl = gateway.publicUrl().orElse("http://localhost:8080").replaceAll("/+$", "");
    }

    /** The mail to send for this outcome, or empty when mail is off or this outcome is not mailed. */
    public Optional<Mail> mailFor(RenderReady outcome, String filename) {
        List<String> recipients = config.to().orElse(List.of());
        if (!config.enabled() || recipients.isEmpty()
                || (outcome.status() == RenderStatus.READY && !config.onReady())) {
            return Optional.empty();
        }
        String name = filename == null || filename.isBlank() ? outcome.videoId() : filename;
        String link = publicUrl + "/videos/" + outcome.videoId();
        Mail mail = outcome.status() == RenderStatus.READY
                ? Mail.withText(recipients.getFirst(), "[Framewise] Ready: " + name, readyText(outcome, name, link))
                : Mail.withText(recipients.getFirst(), "[Framewise] Failed: " + name, failedText(outcome, name, link));
        mail.setTo(recipients);
        mail.addHeader("X-Framewise-Video", outcome.videoId());
        return Optional.of(mail);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /**
     * Sends it. A mail server that refuses or does not answer in time fails the Uni: the record goes to the
     * dead-letter topic rather than holding up the next mails.
     */
    public Uni<Void> send(Mail mail) {
        return mailer.send(mail)
                .ifNoItem().after(SEND_TIMEOUT).failWith(() -> new IllegalStateException(
                        "the mail server did not accept \"" + mail.getSubject() + "\" within " + SEND_TIMEOUT))
                .invoke(() -> LOG.infof("mail \"%s\" sent to %d recipient(s)", mail.getSubject(),
                        mail.getTo().size()));
    }

    private static String readyText(RenderReady outcome, String name, String link) {
        String labels = outcome.allLabels().stream().limit(10).map(Label::name).collect(Collectors.joining(", "));
        return "Your video " + name + " is ready.\n\n"
                + (labels.isEmpty() ? "" : "Seen in it: " + labels + "\n\n")
                + "Results: " + link + "\n";
    }

    private static String failedText(RenderReady outcome, String name, String link) {
        return "Your video " + name + " could not be processed.\n\n"
                + "Reason: " + outcome.error() + "\n\n"
                + "Details: " + link + "\n";
    }
}
