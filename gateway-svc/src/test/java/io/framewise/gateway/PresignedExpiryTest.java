package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Presigned URLs expire: with a 2-second lifetime, a PUT to the upload URL after 3 s is refused by the object store
 * itself (the signature carries the expiry; nothing in the gateway has to remember to check), nothing is stored,
 * and confirming the upload says it expired.
 */
@QuarkusTest
@TestProfile(PresignedExpiryTest.ShortLived.class)
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class PresignedExpiryTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static class ShortLived implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("framewise.storage.presign-ttl", "PT2S");
        }
    }

    @Test
    void anUploadUrlIsRefusedOnceItHasExpired() throws Exception {
        JsonPath ticket = given().contentType("application/json")
                .body(Map.of("filename", "late.mp4", "contentType", "video/mp4"))
                .post("/videos/uploads").then().statusCode(201).extract().jsonPath();

        Thread.sleep(3500);
        HttpResponse<String> late = HTTP.send(HttpRequest.newBuilder(URI.create(ticket.getString("url")))
                .header("Content-Type", "video/mp4").PUT(HttpRequest.BodyPublishers.ofByteArray(TestVideos.mp4(5000)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(late.statusCode()).as(late.body()).isEqualTo(403);
        assertThat(late.body()).containsIgnoringCase("expired");
        given().post("/videos/" + ticket.getString("id") + "/uploaded").then().statusCode(410)
                .body("Code", equalTo("UploadExpired"));
    }
}
