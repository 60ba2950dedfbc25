package io.framewise.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are not the public internet, and so must not be fetched from on a user's behalf:
 * loopback, private (RFC 1918, CGNAT, IPv6 unique-local), link-local (which holds the cloud metadata
 * services, 169.254.169.254 and fd00:ec2::254 among them), multicast, unspecified, broadcast, reserved and
 * documentation ranges. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged
 * by the IPv4 address inside.
 */
public final class AddressClass {

    private record Range(Cidr network, String what) {
    }

    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "an unspecified ('this network') address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.0.0/16", "a link-local address (where cloud metadata services live)"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "an IETF protocol address"),
            range("192.0.2.0/24", "a documentation address"),
            range("192.88.99.0/24", "a 6to4 relay address"),
            range("192.168.0.0/16", "a private address"),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved address"));

    private static final List<Range> IPV6 = List.of(
            range("::/128", "an unspecified address"),
            range("::1/128", "a loopback address"),
            range("100::/64", "a discard address"),
            range("2001:db8::/32", "a documentation address"),
            range("fc00::/7", "a unique-local (private) address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local (private) address"),
            range("ff00::/8", "a multicast address"));

    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private AddressClass() {
    }

    /** Why the address is not public, or empty if it is a public address. */
    public static Optional<String> nonPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> embedded = embeddedIpv4(v6);
            if (embedded.isPresent()) {
                return nonPublic(embedded.get());
            }
            return find(IPV6, address);
        }
        if (address.getHostAddress().equals("255.255.255.255")) {
            return Optional.of("the broadcast address");
        }
        return find(IPV4, address);
    }

    private static Optional<String> find(List<Range> ranges, InetAddress address) {
        return ranges.stream().filter(r -> r.network().contains(address)).map(Range::what).findFirst();
    }

    /** The IPv4 address carried in IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6 addresses. */
    private static Optional<Inet4Address> embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)
                && !(allZero(b, 12, 14) && b[15] <= 1);
        if (mapped || compatible || NAT64.contains(address)) {
            return Optional.of(v4(Arrays.copyOfRange(b, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(v4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address v4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String cidr, String what) {
        return new Range(Cidr.parse(cidr), what);
    }
}
