package io.framewise.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
public record Cidr(byte[] network, int prefixLength) {

    public static Cidr parse(String text) {
        String[] parts = text.strip().split("/", 2);
        try {
            // Only literals are accepted here: a host name would be resolved, and no lookup belongs in config.
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an address: " + parts[0]);
            }
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int length = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (length < 0 || length > address.length * 8) {
                throw new IllegalArgumentException("prefix length out of range");
            }
            return new Cidr(address, length);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a network in CIDR form (like 10.0.0.0/8): '" + text + "'", e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }
}
