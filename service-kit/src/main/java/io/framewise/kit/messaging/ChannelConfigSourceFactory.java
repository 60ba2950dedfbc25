package io.framewise.kit.messaging;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Puts {@link ChannelSettings} into the configuration for the channels a service lists in
 * {@code framewise.channels.incoming} and {@code framewise.channels.outgoing} (comma-separated channel names), the
 * consumer group named after {@code quarkus.application.name} (one group per channel, named after both, where
 * {@code framewise.channels.group-per-channel=true}). Ordinal 200: above service-kit's shared defaults
 * (100), below the service's {@code application.properties} (250) and the environment, so any single setting can
 * still be written out there.
 */
public class ChannelConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> incoming = channels(context, "framewise.channels.incoming");
        List<String> outgoing = channels(context, "framewise.channels.outgoing");
        if (incoming.isEmpty() && outgoing.isEmpty()) {
            return List.of();
        }
        String service = value(context, "quarkus.application.name");
        if (service == null && !incoming.isEmpty()) {
            throw new IllegalStateException("framewise.channels.incoming needs quarkus.application.name: "
                    + "it names the consumer group");
        }
        boolean groupPerChannel = Boolean.parseBoolean(value(context, "framewise.channels.group-per-channel"));
        return List.of(new PropertiesConfigSource(ChannelSettings.of(service, incoming, outgoing, groupPerChannel),
                "framewise channels (service-kit ChannelSettings)", ORDINAL));
    }

    private static List<String> channels(ConfigSourceContext context, String name) {
        String listed = value(context, name);
        if (listed == null) {
            return List.of();
        }
        return Arrays.stream(listed.split(",")).map(String::strip).filter(channel -> !channel.isEmpty()).toList();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
