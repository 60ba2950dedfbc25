package io.framewise.transcribe.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The installed version of a Debian package, as {@code dpkg-query} reports it. */
public final class DebianPackages {

    private DebianPackages() {
    }

    /** The version, or {@code unknown} where dpkg cannot say (not a Debian system, not installed). */
    public static String version(String name) {
        try {
            Process process = new ProcessBuilder("dpkg-query", "-W", "-f=${Version}", name)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && !version.isEmpty()) {
                return version;
            }
            process.destroyForcibly();
            return "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
