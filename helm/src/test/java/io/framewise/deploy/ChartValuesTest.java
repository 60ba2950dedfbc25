package io.framewise.deploy;

import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** values.schema.json rejects wrong values; credentials go to the chart's Secret or come from existing ones. */
class ChartValuesTest {

    @Test
    void schemaRejectsAReplicaCountThatIsNotANumber() {
        assertThat(Chart.renderError("gif.replicaCount=abc"))
                .contains("/gif/replicaCount").contains("want integer");
    }

    @Test
    void schemaRejectsOtherWrongTypesAndValues() {
        assertThat(Chart.renderError("kafka.provisioning.partitions=many")).contains("/kafka/provisioning/partitions");
        assertThat(Chart.renderError("keda.enabled=perhaps")).contains("/keda/enabled");
        assertThat(Chart.renderError("gateway.service.type=Magic")).contains("/gateway/service/type");
    }

    @Test
    void schemaRequiresResourceLimits() {
        assertThat(Chart.renderError("label.resources.limits=null")).contains("/label/resources").contains("limits");
    }

    @Test
    void credentialsGoToTheChartSecret() {
        var manifests = Chart.render("storage.accessKey=AKIA-TEST", "storage.secretKey=s3cr3t", "postgresql.password=pg-pass");

        var data = Yamls.map(manifests.get("Secret", Chart.FULLNAME).get("data"));
        assertThat(decode(data.get("storage-access-key"))).isEqualTo("AKIA-TEST");
        assertThat(decode(data.get("storage-secret-key"))).isEqualTo("s3cr3t");
        assertThat(decode(data.get("postgresql-password"))).isEqualTo("pg-pass");
    }

    @Test
    void existingSecretsReplaceTheChartSecret() {
        var manifests = Chart.render("storage.existingSecret=s3-credentials", "storage.existingSecretAccessKeyKey=id",
                "storage.existingSecretSecretKeyKey=key", "postgresql.existingSecret=pg-credentials");

        assertThat(manifests.find("Secret", Chart.FULLNAME)).isEmpty();
        var status = manifests.container(Component.STATUS);
        assertThat(Manifests.envVar(status, "FRAMEWISE_STORAGE_ACCESS_KEY")).get()
                .satisfies(e -> assertThat(string(e, "valueFrom.secretKeyRef.name")).isEqualTo("s3-credentials"))
                .satisfies(e -> assertThat(string(e, "valueFrom.secretKeyRef.key")).isEqualTo("id"));
        assertThat(Manifests.envVar(status, "QUARKUS_DATASOURCE_PASSWORD")).get()
                .satisfies(e -> assertThat(string(e, "valueFrom.secretKeyRef.name")).isEqualTo("pg-credentials"))
                .satisfies(e -> assertThat(string(e, "valueFrom.secretKeyRef.key")).isEqualTo("password"));
    }

    @Test
    void oneExistingSecretKeepsTheOtherCredentialInTheChartSecret() {
        var manifests = Chart.render("storage.existingSecret=s3-credentials", "postgresql.password=pg-pass");

        assertThat(Yamls.map(manifests.get("Secret", Chart.FULLNAME).get("data"))).containsOnlyKeys("postgresql-password");
    }

    private static String decode(Object base64) {
        return new String(Base64.getDecoder().decode(base64.toString()));
    }
}
