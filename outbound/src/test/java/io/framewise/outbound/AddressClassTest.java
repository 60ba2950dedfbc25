package io.framewise.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressClassTest {

    private static final OutboundPolicy STRICT = OutboundPolicy.of(false, Optional.empty(), "framewise.test");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
            "100.64.0.1", "100.127.255.254", "169.254.169.254", "0.0.0.0", "224.0.0.251", "255.255.255.255",
            "240.0.0.1", "198.18.0.1", "192.0.0.192", "::", "::1", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1", "::127.0.0.1"})
    void nonPublicAddresses(String address) throws Exception {
        assertThat(AddressClass.nonPublic(InetAddress.getByName(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "2a00:1450:4001::200e", "::ffff:8.8.8.8"})
    void publicAddresses(String address) throws Exception {
        assertThat(AddressClass.nonPublic(InetAddress.getByName(address))).as(address).isEmpty();
    }

    @Test
    void everyResolvedAddressIsCheckedAndTheCheckedOneIsReturned() throws Exception {
        Map<String, List<String>> dns = Map.of(
                "mixed.example", List.of("93.184.216.34", "10.0.0.5"),
                "public.example", List.of("93.184.216.34", "2606:4700::1111"));
        UrlGuard guard = new UrlGuard(host -> dns.get(host).stream().map(AddressClassTest::address)
                .toArray(InetAddress[]::new));

        assertThatThrownBy(() -> guard.check("http://mixed.example/v.mp4", STRICT))
                .isInstanceOf(RefusedUrlException.class).hasMessageContaining("a private address")
                .hasMessageNotContaining("10.0.0.5")
                .hasMessageContaining("private").hasMessageContaining("framewise.test.allow-private");
        UrlGuard.Target target = guard.check("https://public.example/v.mp4", STRICT);
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.tls()).isTrue();
        assertThat(target.host()).isEqualTo("public.example");
    }

    @Test
    void allowedNetworksAndAllowPrivateOpenTheDoorExplicitly() {
        UrlGuard guard = new UrlGuard(host -> new InetAddress[]{address("10.1.2.3")});
        OutboundPolicy network = OutboundPolicy.of(false, Optional.of(List.of("10.1.2.0/24")), "x");
        assertThat(guard.check("http://internal/v.mp4", network).address().getHostAddress()).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> guard.check("http://internal/v.mp4",
                OutboundPolicy.of(false, Optional.of(List.of("10.1.3.0/24")), "x")))
                .isInstanceOf(RefusedUrlException.class);
        assertThat(guard.check("http://internal/", OutboundPolicy.of(true, Optional.empty(), "x"))).isNotNull();
    }

    @Test
    void onlyPlainHttpUrlsWithoutCredentials() {
        assertThatThrownBy(() -> UrlGuard.parse("file:///etc/passwd")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> UrlGuard.parse("gopher://x/")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> UrlGuard.parse("http://user:pw@example.com/"))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> UrlGuard.parse("http:///nohost")).hasMessageContaining("no host");
        assertThatThrownBy(() -> Cidr.parse("example.com/8")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
