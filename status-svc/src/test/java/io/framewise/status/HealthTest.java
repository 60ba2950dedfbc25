package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.testkit.ChannelSettingsPin;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class HealthTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "health/ready", management = true)
    String healthReady;

    @Test
    void readyWhenKafkaStorageAndDatabaseAnswer() {
        given().when().get(healthReady).then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The Kafka channels, derived by service-kit from the event contract, are set as they were written out. */
    @Test
    void channelsAreSetAsRecorded() {
        ChannelSettingsPin.assertAsRecorded();
    }
}
