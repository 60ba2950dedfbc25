package io.framewise.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Points a {@code @QuarkusTest} application at the shared real infrastructure:
 * {@code @QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)}.
 * Services that own a database add {@code initArgs = @ResourceArg(name = "database", value = "true")} (JDBC and
 * the reactive client, as status-svc's Hibernate Reactive and Flyway need) or {@code value = "jdbc"} (JDBC only, as
 * gateway-svc's blocking Hibernate ORM needs: a reactive URL it does not use would only be warned about).
 * Stopping is left to the JVM's exit so the next test class reuses the same servers.
 */
public class FramewiseInfraResource implements QuarkusTestResourceLifecycleManager {

    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

    private boolean withDatabase;
    private boolean withReactiveClient;

    @Override
    public void init(Map<String, String> initArgs) {
        String database = initArgs.getOrDefault("database", "false");
        withDatabase = database.equals("jdbc") || Boolean.parseBoolean(database);
        withReactiveClient = Boolean.parseBoolean(database);
    }

    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.configProperties().entrySet().stream()
                .filter(e -> withDatabase || !e.getKey().startsWith("quarkus.datasource."))
                .filter(e -> withReactiveClient || !e.getKey().equals(REACTIVE_URL))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void stop() {
        // shared for the JVM's lifetime: see SharedInfrastructure
    }
}
