package io.framewise.capture;

import io.framewise.testkit.ChannelSettingsPin;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The Kafka channels, derived by service-kit from the event contract, are set exactly as they were written out. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class ChannelSettingsTest {

    @Test
    void channelsAreSetAsRecorded() {
        ChannelSettingsPin.assertAsRecorded();
    }
}
