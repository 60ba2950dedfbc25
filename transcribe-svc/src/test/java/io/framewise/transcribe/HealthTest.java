package io.framewise.transcribe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class HealthTest {

    @Test
    void readyWhenKafkaAndStorageAnswer() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
