package io.framewise.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway as production runs it: API keys on every API request (a read key reads, a write key does everything),
 * a stream token for EventSource, security headers everywhere, and a (small, here) rate limit.
 */
@QuarkusTest
@TestProfile(SecuredApiTest.Secured.class)
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class SecuredApiTest {

    @TestHTTPResource(value = "health/live", management = true)
    String healthLive;

    /**
     * Auth on with two write keys and a read key; 40 requests at once per client, then one every 100 s (so a slow,
     * busy machine refills nothing while the test runs).
     */
    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("framewise.gateway.auth.enabled", "true",
                    "framewise.gateway.auth.api-keys", "key-one,key-two",
                    "framewise.gateway.auth.read-keys", "reader-key",
                    "framewise.gateway.rate-limit.enabled", "true",
                    "framewise.gateway.rate-limit.requests-per-second", "0.01",
                    "framewise.gateway.rate-limit.burst", "40");
        }
    }

    @Test
    void writesNeedAValidWriteKey() {
        given().contentType("application/json").body(Map.of("url", "http://127.0.0.2:9/h"))
                .post("/webhooks").then().statusCode(401)
                .contentType(startsWith("application/json"))
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("Code", equalTo("Unauthorized"))
                .body("Message", containsString("X-Api-Key"));
        given().header("X-Api-Key", "wrong").delete("/videos/some-video").then().statusCode(401)
                .body("Message", containsString("not valid"));
        given().header("X-Api-Key", "key-one").delete("/videos/never-existed").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
        given().header("X-Api-Key", "reader-key").delete("/videos/never-existed").then().statusCode(403)
                .body("Code", equalTo("Forbidden")).body("Message", containsString("write key"));
        // the people gallery: same rule
        given().multiPart("name", "X").multiPart("photo", "x.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})
                .post("/people").then().statusCode(401).body("Code", equalTo("Unauthorized"));
        given().delete("/people/someone").then().statusCode(401);
        given().header("X-Api-Key", "key-one").delete("/people/someone").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
        given().post("/videos/some-video/retry?stage=preview").then().statusCode(401);
        given().header("X-Api-Key", "reader-key").contentType("video/mp4").body(new byte[]{0, 0, 0, 24})
                .post("/videos").then().statusCode(403);
    }

    @Test
    void readsNeedAReadOrWriteKey() {
        for (String path : List.of("/videos", "/videos/some-video", "/people", "/people/someone",
                "/videos/some-video/events", "/videos/some-video/files/storyboard.vtt", "/search", "/no-such-route")) {
            given().get(path).then().statusCode(401).body("Code", equalTo("Unauthorized"))
                    .body("Message", containsString("X-Api-Key"));
        }
        given().header("X-Api-Key", "reader-key").get("/people").then().statusCode(200);
        given().header("X-Api-Key", "key-one").get("/people").then().statusCode(200);
        given().header("X-Api-Key", "reader-key").get("/videos/never-existed").then().statusCode(404);
        // webhooks are configuration: their receivers and deliveries are for write keys only
        given().header("X-Api-Key", "reader-key").get("/webhooks").then().statusCode(403);
        given().header("X-Api-Key", "key-one").get("/webhooks").then().statusCode(200);
        // the web page itself and the health checks need no key (the page asks for one)
        given().get("/").then().statusCode(200);
        given().get("/js/api.js").then().statusCode(200);
        // health checks answer without a key on the management port; the public port has no /q/* to answer
        given().get(healthLive).then().statusCode(200);
        given().get("/q/health/live").then().statusCode(401);
    }

    @Test
    void aStreamTokenOpensThatVideosStreamOnlyAndOnlyWithoutAKey() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        Response ticket = given().header("X-Api-Key", "reader-key").get("/videos/" + id + "/events/token");
        ticket.then().statusCode(200).header("Cache-Control", "no-store")
                .body("url", equalTo("videos/" + id + "/events?token=" + ticket.path("token")));
        String token = ticket.path("token");
        given().get("/videos/" + id + "/events/token").then().statusCode(401);
        // the token gets past the key check for its own video's stream (unknown here: 404), and nothing else
        given().get("/videos/" + id + "/events?token=" + token).then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
        given().get("/videos/" + java.util.UUID.randomUUID() + "/events?token=" + token).then().statusCode(401);
        given().get("/videos/" + id + "?token=" + token).then().statusCode(401);
        given().get("/videos?token=" + token).then().statusCode(401);
        given().get("/videos/" + id + "/events?token=" + token.substring(0, token.length() - 2) + "xx")
                .then().statusCode(401);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Response response : List.of(given().get("/"), given().get("/js/main.js"),
                given().header("X-Api-Key", "key-one").get("/people"), given().get("/videos"))) {
            response.then().header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"));
        }
        String policy = given().get("/").header("Content-Security-Policy");
        assertThat(policy).as("the page may reach the object store its links point at, and nothing else")
                .contains("connect-src 'self' http://127.0.0.1:").doesNotContain("connect-src 'self' http: ")
                .doesNotContain("'unsafe-inline'").doesNotContain("*;");
        given().header("X-Api-Key", "key-one").get("/people").then().header("Cache-Control", "no-store");
    }

    @Test
    void tooManyRequestsAre429WithRetryAfter() {
        Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Response response = given().header("X-Api-Key", "key-two").get("/videos?size=1");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(i).as("allowed requests before the limit").isLessThan(40);
            }
        }
        assertThat(refused).as("a request was refused").isNotNull();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 100);
        refused.then().contentType(startsWith("application/json")).body("Code", equalTo("TooManyRequests"));
    }
}
