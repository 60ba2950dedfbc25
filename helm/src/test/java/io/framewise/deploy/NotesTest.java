package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NOTES.txt, as helm install prints it, tells the user how to reach the gateway. */
class NotesTest {

    @Test
    void portForwardByDefaultWithWarningsAboutMissingCredentials() {
        String notes = Chart.installNotes();

        assertThat(notes).contains("kubectl port-forward -n media svc/fw-framewise-gateway-svc 8080:8080")
                .contains("WARNING: storage.accessKey").contains("WARNING: postgresql.password");
    }

    @Test
    void ingressUrlWhenEnabledAndNoWarningsWithCredentials() {
        String notes = Chart.installNotes("gateway.ingress.enabled=true", "gateway.ingress.hostname=video.example.com",
                "gateway.ingress.tls=true", "storage.existingSecret=s3", "postgresql.password=pg");

        assertThat(notes).contains("https://video.example.com/").doesNotContain("port-forward").doesNotContain("WARNING");
    }
}
