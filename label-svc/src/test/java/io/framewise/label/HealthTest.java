package io.framewise.label;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.testkit.ChannelSettingsPin;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class HealthTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "health/ready", management = true)
    String healthReady;

    @Test
    void readyWhenKafkaAndStorageAnswerAndThePeopleGalleryIsLoaded() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get(healthReady).then().statusCode(200).body("status", equalTo("UP"))
                        .body("checks.find { it.name == 'people-gallery' }.status", equalTo("UP")));
    }

    /** The Kafka channels, derived by service-kit from the event contract, are set as they were written out. */
    @Test
    void channelsAreSetAsRecorded() {
        ChannelSettingsPin.assertAsRecorded();
    }
}
