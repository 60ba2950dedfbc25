package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness, the OpenAPI document (both on the management interface, not the public port), and errors that are JSON
 * whoever raises them.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class ApiBasicsTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "health/ready", management = true)
    String healthReady;

    @TestHTTPResource(value = "openapi", management = true)
    String openApi;

    @TestHTTPResource(value = "swagger-ui/", management = true)
    String swaggerUi;

    @Test
    void readyWhenKafkaStorageDatabaseAndTheProgressFeedAnswer() {
        given().when().get(healthReady).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("object-storage", "progress-feed"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("PostgreSQL")));
    }

    @Test
    void openApiDocumentAndSwaggerUi() {
        given().accept("application/json").get(openApi).then().statusCode(200)
                .body("paths", hasKey("/videos/{id}/events"))
                .body("paths", hasKey("/webhooks/{id}/deliveries"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-Api-Key"));
        given().get(swaggerUi).then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void managementEndpointsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void unknownVideoIsS2sNotFound() {
        given().get("/videos/no-such-video").then().statusCode(404)
                .contentType(startsWith("application/json"))
                .body("Code", equalTo("NotFoundError"))
                .body("Message", equalTo("NotFoundError: Media file (no-such-video) not found"));
    }

    @Test
    void quarkusOwnErrorsAreJsonToo() {
        given().get("/no/such/route").then().statusCode(404)
                .contentType(startsWith("application/json")).body("Code", equalTo("NotFoundError"));
        given().put("/videos/x").then().statusCode(405)
                .contentType(startsWith("application/json")).body("Code", equalTo("MethodNotAllowed"));
        given().contentType("application/json").body("{not json").post("/webhooks").then().statusCode(400)
                .contentType(startsWith("application/json")).body("Code", equalTo("InvalidJson"));
        given().contentType("text/plain").body("hello").post("/videos").then().statusCode(415)
                .contentType(startsWith("application/json")).body("Code", equalTo("UnsupportedMediaType"));
        given().get("/videos?page=minus-one").then().statusCode(400)
                .contentType(startsWith("application/json")).body("Code", equalTo("BadRequest"));
    }

    @Test
    void jsonBodiesAreSizeLimited() {
        String big = "{\"url\": \"https://example.com/" + "x".repeat(70_000) + "\"}";
        given().contentType("application/json").body(big).post("/videos/imports").then().statusCode(413)
                .body("Code", equalTo("PayloadTooLarge"));
    }

    @Test
    void malformedParametersAre400NotServerErrors() {
        given().post("/videos/" + java.util.UUID.randomUUID() + "/retry").then().statusCode(400)
                .body("Code", equalTo("BadRequest")).body("Message", containsString("stage"));
        given().post("/videos/" + java.util.UUID.randomUUID() + "/retry?stage=").then().statusCode(400);
        for (String page : java.util.List.of("2147483647", "99999999999999999999", "-1", "1e3", "10001")) {
            given().queryParam("page", page).get("/videos").then().statusCode(400).body("Code", equalTo("BadRequest"))
                    .body("Message", containsString("page"));
        }
        given().queryParam("page", "10000").queryParam("size", "1").get("/videos").then().statusCode(200);
        given().queryParam("size", "1000000").get("/videos").then().statusCode(400);
        given().queryParam("q", "x".repeat(300)).get("/videos").then().statusCode(400);
    }
}
