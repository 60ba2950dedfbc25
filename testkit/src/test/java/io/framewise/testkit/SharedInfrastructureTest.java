package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void startsOncePerJvmAndCarriesTheContract() {
        var first = SharedInfrastructure.configProperties();
        assertThat(first).containsKeys("kafka.bootstrap.servers", "framewise.storage.endpoint",
                "quarkus.datasource.reactive.url");
        assertThat(SharedInfrastructure.configProperties()).isSameAs(first);
        RoundTripAssertions.eventsOfOneVideoStayInOrderInOnePartition(first.get("kafka.bootstrap.servers"));
    }
}
