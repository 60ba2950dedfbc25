package io.framewise.gateway.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.gateway.support.SmtpServerResource;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail on READY and FAILED, sent over real SMTP to a real (local) mail server, read back from its inboxes. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpServerResource.class, restrictToAnnotatedClass = true)
class MailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static boolean listening;

    private final TopicClient kafka = TopicClient.shared();

    /**
     * The mail consumer starts at the topic's end (auto.offset.reset=latest: no mail about videos finished before
     * the first deployment), so an event sent before its group has partitions is never read. Send throw-away
     * failures until one is mailed: from then on the consumer is positioned and reads everything sent.
     */
    @BeforeEach
    void mailConsumerIsListening() {
        if (listening) {
            return;
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String probe = TestVideos.newId();
            kafka.send(RenderReady.failed(probe, "a probe for the mail consumer"));
            return mailAbout(probe, Duration.ofSeconds(3)) != null;
        });
        listening = true;
    }

    @Test
    void operatorsHearOfAReadyVideoWithItsNameLabelsAndLink() throws Exception {
        String id = TestVideos.newId();
        List<FramewiseEvent> events = new ArrayList<>();
        events.add(TestVideos.uploaded(id, "birthday party.mp4", "video/mp4"));
        events.addAll(TestVideos.processing(id, new Label("Cake", 93), new Label("Person", 88)));
        kafka.send(events.toArray(FramewiseEvent[]::new));

        MimeMessage mail = awaitMailAbout(id);
        assertThat(mail.getSubject()).isEqualTo("[Framewise] Ready: birthday party.mp4");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("ops@example.test", "oncall@example.test");
        String text = mail.getContent().toString();
        assertThat(text).contains("Cake, Person").contains("https://video.example.test/videos/" + id);
    }

    @Test
    void operatorsHearOfAFailedVideoWithTheReason() throws Exception {
        String id = TestVideos.newId();
        kafka.send(RenderReady.failed(id, "not a readable video: invalid data found when processing input"));

        MimeMessage mail = awaitMailAbout(id);
        // status-svc never saw this video, so the mail names it by id
        assertThat(mail.getSubject()).isEqualTo("[Framewise] Failed: " + id);
        assertThat(mail.getContent().toString()).contains("Reason: not a readable video: invalid data found");
    }

    /** Each recipient gets a copy; the first one with this video's header is enough. */
    private static MimeMessage awaitMailAbout(String videoId) {
        return await().atMost(WAIT).until(() -> received(videoId), message -> message != null);
    }

    private static MimeMessage mailAbout(String videoId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        MimeMessage mail = received(videoId);
        while (mail == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            mail = received(videoId);
        }
        return mail;
    }

    private static MimeMessage received(String videoId) {
        return Arrays.stream(SmtpServerResource.server().getReceivedMessages())
                .filter(message -> videoId.equals(header(message)))
                .findFirst().orElse(null);
    }

    private static String header(MimeMessage message) {
        try {
            return message.getHeader("X-Framewise-Video", null);
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }
}
