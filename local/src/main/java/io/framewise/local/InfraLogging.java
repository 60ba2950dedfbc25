package io.framewise.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends the embedded servers' own logging to a file, so the console shows only the launcher's progress. */
final class InfraLogging {

    private InfraLogging() {
    }

    static void sendTo(Path logDir) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDir, e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logDir.resolve("infra.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("log4j2.level", "WARN");
    }
}
