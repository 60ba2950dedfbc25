package io.framewise.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * A service's Kafka channel settings as the running service resolves them, and as a test resource recorded them
 * when they were still written out line by line: service-kit derives most of them now, and a test pins that the
 * service ends up with exactly the same ones.
 */
public final class ChannelSettingsPin {

    private static final String RECORDED = "channel-settings.properties";
    /** The name of service-kit's derived channel settings' config source. */
    private static final String CHANNELS_SOURCE = "framewise channels";

    private ChannelSettingsPin() {
    }

    /** Fails with every difference unless the service resolves exactly the recorded settings. */
    public static void assertAsRecorded() {
        Map<String, String> recorded = recorded();
        Map<String, String> resolved = resolved();
        if (!resolved.equals(recorded)) {
            StringBuilder differences = new StringBuilder("the channel settings changed:");
            recorded.forEach((name, value) -> {
                if (!value.equals(resolved.get(name))) {
                    differences.append("\n  ").append(name).append(": was ").append(value).append(", now ")
                            .append(resolved.get(name));
                }
            });
            resolved.keySet().stream().filter(name -> !recorded.containsKey(name)).forEach(name ->
                    differences.append("\n  ").append(name).append(": new, ").append(resolved.get(name)));
            throw new AssertionError(differences.toString());
        }
    }

    /**
     * Every {@code mp.messaging.incoming.*} and {@code mp.messaging.outgoing.*} setting the service resolves from
     * its own {@code application.properties} or from service-kit's derived channels (not the test's broker
     * settings, nor what Quarkus adds in tests, such as {@code graceful-shutdown}).
     */
    public static Map<String, String> resolved() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") || name.startsWith("mp.messaging.outgoing.")) {
                ConfigValue value = config.getConfigValue(name);
                String source = String.valueOf(value.getSourceName());
                if (value.getValue() != null
                        && (source.contains("application.properties") || source.contains(CHANNELS_SOURCE))) {
                    settings.put(name, value.getValue());
                }
            }
        }
        return settings;
    }

    /** The settings recorded in the test resource {@code channel-settings.properties}. */
    public static Map<String, String> recorded() {
        Properties recorded = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RECORDED)) {
            if (in == null) {
                throw new IllegalStateException(RECORDED + " is missing from the test resources");
            }
            recorded.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new TreeMap<>();
        recorded.stringPropertyNames().forEach(name -> settings.put(name, recorded.getProperty(name)));
        return settings;
    }
}
