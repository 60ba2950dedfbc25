package io.framewise.kit.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every meter of a service, its own and those of the JVM, HTTP and Kafka binders, carries the tag
 * {@code application} = the service's name ({@code quarkus.application.name}); the dashboard selects by it.
 */
public class CommonTags {

    public static final String APPLICATION = "application";

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(Tags.of(APPLICATION, application));
    }
}
