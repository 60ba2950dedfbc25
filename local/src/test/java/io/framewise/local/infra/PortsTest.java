package io.framewise.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortsAreDistinctAndOutsideTheRangeOutgoingConnectionsTakeTheirsFrom() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralLow = Files.isReadable(range)
                ? Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]) : 32768;
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertThat(Ports.isFree(port)).isTrue();
            if (ephemeralLow > 21000) {
                assertThat(port).isBetween(20000, ephemeralLow - 1);
            }
            ports.add(port);
        }
        assertThat(ports).as("never the same port twice").hasSize(50);
    }
}
