package io.framewise.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Points a {@code @QuarkusTest} application at the shared real infrastructure:
 * {@code @QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)}.
 * Services that own a database add {@code initArgs = @ResourceArg(name = "database", value = "true")}.
 * Stopping is left to the JVM's exit so the next test class reuses the same servers.
 */
public class FramewiseInfraResource implements QuarkusTestResourceLifecycleManager {

    private boolean withDatabase;

    @Override
    public void init(Map<String, String> initArgs) {
        withDatabase = Boolean.parseBoolean(initArgs.getOrDefault("database", "false"));
    }

    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.configProperties().entrySet().stream()
                .filter(e -> withDatabase || !e.getKey().startsWith("quarkus.datasource."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void stop() {
        // shared for the JVM's lifetime: see SharedInfrastructure
    }
}
