package io.framewise.outbound;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF check for every outbound URL: http or https only, no credentials in it, and a host whose EVERY
 * resolved address is public (or explicitly allowed). It returns the checked address, and callers connect to
 * exactly that address, so a second DNS answer (rebinding) can never send the connection elsewhere.
 */
public final class UrlGuard {

    /** A checked URL and the address to connect to for it. */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    public UrlGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    public static UrlGuard usingSystemDns() {
        return new UrlGuard(InetAddress::getAllByName);
    }

    /** Syntax only (no lookup): a URL worth resolving at all. */
    public static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedUrlException("a URL is required");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new RefusedUrlException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("only http and https URLs are accepted, not '" + scheme + ":'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedUrlException("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("URLs with credentials (user:password@) are not accepted");
        }
        return uri.normalize();
    }

    /** Parses, resolves and checks the URL; throws {@link RefusedUrlException} saying why if it may not be used. */
    public Target check(String url, OutboundPolicy policy) {
        return check(parse(url), policy);
    }

    public Target check(URI uri, OutboundPolicy policy) {
        URI parsed = parse(uri.toString());
        boolean tls = parsed.getScheme().equalsIgnoreCase("https");
        int port = parsed.getPort() != -1 ? parsed.getPort() : tls ? 443 : 80;
        String host = parsed.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host : IDN.toASCII(host));
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw new RefusedUrlException("cannot resolve the host '" + host + "'");
        }
        if (addresses.length == 0) {
            throw new RefusedUrlException("the host '" + host + "' has no address");
        }
        if (!policy.allowPrivate()) {
            for (InetAddress address : addresses) {
                Optional<String> why = AddressClass.nonPublic(address);
                if (why.isPresent() && !allowed(address, policy.allowedNetworks())) {
                    // The address itself is not said: a refusal must not map the internal network for the caller.
                    throw new RefusedUrlException("refused to connect to " + host + ": it resolves to "
                            + why.get() + ". Only public addresses are allowed (see " + policy.settingName()
                            + ".allow-private and .allowed-networks)");
                }
            }
        }
        return new Target(parsed, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, tls,
                addresses[0]);
    }

    private static boolean allowed(InetAddress address, List<Cidr> networks) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }
}
