package io.framewise.outbound;

import java.util.List;
import java.util.Optional;

/**
 * Where the gateway may connect on a user's behalf (URL imports, webhook receivers): public addresses, plus
 * non-public ones only where configuration allows them.
 *
 * @param settingName the configuration prefix to name in refusals, so people know what to change
 */
public record OutboundPolicy(boolean allowPrivate, List<Cidr> allowedNetworks, String settingName) {

    public static OutboundPolicy of(boolean allowPrivate, Optional<List<String>> networks, String settingName) {
        return new OutboundPolicy(allowPrivate, networks.orElse(List.of()).stream()
                .filter(text -> !text.isBlank()).map(Cidr::parse).toList(), settingName);
    }
}
