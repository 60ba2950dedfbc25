package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway as production runs it: API keys required on writes, and a (small, here) rate limit. */
@QuarkusTest
@TestProfile(SecuredApiTest.Secured.class)
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class SecuredApiTest {

    /** Auth on with two keys; 6 requests at once per client, then one every 5 s. */
    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("framewise.gateway.auth.enabled", "true",
                    "framewise.gateway.auth.api-keys", "key-one,key-two",
                    "framewise.gateway.rate-limit.enabled", "true",
                    "framewise.gateway.rate-limit.requests-per-second", "0.2",
                    "framewise.gateway.rate-limit.burst", "12");
        }
    }

    @Test
    void writesNeedAValidKeyReadsDoNot() {
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
        given().get("/videos/never-existed").then().statusCode(404);
        // the people gallery: same rule
        given().multiPart("name", "X").multiPart("photo", "x.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})
                .post("/people").then().statusCode(401).body("Code", equalTo("Unauthorized"));
        given().delete("/people/someone").then().statusCode(401);
        given().header("X-Api-Key", "key-one").delete("/people/someone").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
        given().get("/people").then().statusCode(200);
        given().post("/videos/some-video/retry?stage=preview").then().statusCode(401);
    }

    @Test
    void tooManyRequestsAre429WithRetryAfter() {
        Response refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            Response response = given().header("X-Api-Key", "key-two").get("/videos?size=1");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(i).as("allowed requests before the limit").isLessThan(12);
            }
        }
        assertThat(refused).as("a request was refused").isNotNull();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 5);
        refused.then().contentType(startsWith("application/json")).body("Code", equalTo("TooManyRequests"));
    }
}
