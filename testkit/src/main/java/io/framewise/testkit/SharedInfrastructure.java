package io.framewise.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * One real Kafka broker, PostgreSQL server and S3 API per test JVM, started on first use and stopped when
 * the JVM exits; every test class of the JVM shares them.
 *
 * <p>They run in this JVM but in a class loader of their own, built from the plain class path: Kafka's broker
 * finds plugins by name through the context class loader, which inside a Quarkus test would mix classes of
 * two loaders and fail. Only JDK types cross between the loaders.
 */
public final class SharedInfrastructure {

    private static Map<String, String> config;

    private SharedInfrastructure() {
    }

    /** Configuration properties that point a service at the shared servers, starting them if needed. */
    public static synchronized Map<String, String> configProperties() {
        if (config == null) {
            config = start();
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> start() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader isolated = isolatedLoader();
        try {
            Thread.currentThread().setContextClassLoader(isolated);
            Path dataDir = Files.createTempDirectory("framewise-test-infra");
            long started = System.nanoTime();
            Class<?> handleType = isolated.loadClass("io.framewise.local.infra.InfrastructureHandle");
            Object handle = handleType.getMethod("startEphemeral", String.class).invoke(null, dataDir.toString());
            Map<String, String> properties = Map.copyOf(
                    (Map<String, String>) handleType.getMethod("configProperties").invoke(handle));
            System.out.printf("[testkit] shared Kafka, PostgreSQL and S3 API up in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(handle), "framewise-test-infra-stop"));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the test infrastructure directory", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("the test infrastructure did not start: " + cause.getMessage(), cause);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void close(Object handle) {
        try {
            ((AutoCloseable) handle).close();
        } catch (Exception e) {
            System.err.println("[testkit] infrastructure did not stop cleanly: " + e);
        }
    }

    private static ClassLoader isolatedLoader() {
        URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(SharedInfrastructure::toUrl)
                .toArray(URL[]::new);
        return new URLClassLoader("framewise-test-infra", urls, ClassLoader.getPlatformClassLoader());
    }

    private static URL toUrl(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad class path entry " + entry, e);
        }
    }
}
