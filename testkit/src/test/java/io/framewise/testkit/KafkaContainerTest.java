package io.framewise.testkit;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same contract check against the official Kafka image, for machines with a Docker engine. Where there
 * is none it is skipped, and {@link SharedInfrastructureTest} covers the same ground on the embedded broker.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.0");

    @Test
    void eventsOfOneVideoStayInOrderInOnePartition() {
        RoundTripAssertions.eventsOfOneVideoStayInOrderInOnePartition(KAFKA.getBootstrapServers());
    }
}
