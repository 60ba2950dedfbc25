package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NOTES.txt, as helm install prints it, tells the user how to reach the gateway. */
class NotesTest {

    @Test
    void portForwardByDefaultWithWarningsAboutMissingCredentials() {
        String notes = Chart.installNotes();

        assertThat(notes).contains("kubectl port-forward -n media svc/fw-framewise-gateway-svc 8080:8080")
                .contains("the services sign with the AWS SDK's").contains("WARNING: serviceAccount.annotations is empty")
                .contains("WARNING: postgresql.password");
    }

    @Test
    void showsTheFirstUploadWithTheApiKeyAndWhereTheManagementPortsAre() {
        String notes = Chart.installNotes();

        assertThat(notes).contains("export API_KEY=$(kubectl get secret -n media fw-framewise-gateway-api-keys"
                        + " -o jsonpath='{.data.api-keys}' | base64 -d | cut -d, -f1)")
                .contains("curl -H \"X-Api-Key: $API_KEY\" -F file=@video.mp4 http://localhost:8080/videos")
                .contains("kubectl port-forward -n media svc/fw-framewise-gateway-svc-mgmt 9180")
                .contains("helm test fw -n media");
        assertThat(Chart.installNotes("gateway.apiKeys.existingSecret=my-keys", "gateway.apiKeys.existingSecretKey=keys"))
                .contains("kubectl get secret -n media my-keys -o jsonpath='{.data.keys}'")
                .doesNotContain("generated at install");
        assertThat(Chart.installNotes("serviceAccount.annotations.eks\\.amazonaws\\.com/role-arn=arn:aws:iam::1:role/fw"))
                .contains("default credential chain").doesNotContain("WARNING: serviceAccount.annotations");
    }

    @Test
    void namesTheStagesTheCompactedTopicAndWhatKedaScales() {
        String notes = Chart.installNotes("keda.enabled=true", "transcribe.enabled=false",
                "session.stages={preview,captures,labels,storyboard,transcode}", "storage.publicEndpoint=https://s3.example.com");

        assertThat(notes).contains("stages preview, captures, labels, storyboard, transcode (session.stages)")
                .contains("and the compacted people")
                .contains("KEDA scales session-svc, gif-svc, capture-svc, label-svc, transcode-svc on consumer lag")
                .contains("Presigned links point at https://s3.example.com");
    }

    @Test
    void warnsWhenMailCannotLinkToTheVideos() {
        String notes = Chart.installNotes("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}",
                "gateway.mail.smtp.host=smtp.example.com");

        assertThat(notes).contains("WARNING: gateway.mail.enabled is on but gateway.publicUrl is empty");
        assertThat(Chart.installNotes("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}",
                "gateway.mail.smtp.host=smtp.example.com", "gateway.publicUrl=https://video.example.com"))
                .doesNotContain("gateway.publicUrl is empty");
    }

    @Test
    void ingressUrlWhenEnabledAndNoWarningsWithCredentials() {
        String notes = Chart.installNotes("gateway.ingress.enabled=true", "gateway.ingress.hostname=video.example.com",
                "gateway.ingress.tls=true", "storage.existingSecret=s3", "postgresql.password=pg");

        assertThat(notes).contains("https://video.example.com/").doesNotContain("port-forward -n media svc/fw-framewise-gateway-svc 8080")
                .contains("-F file=@video.mp4 https://video.example.com/videos").doesNotContain("WARNING");
    }
}
