package io.framewise.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the deployment assets are, found from the test's working directory (the helm module). */
final class Repo {

    private Repo() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with docker-compose.yml) above " + Path.of("").toAbsolutePath());
    }

    static Path chart() {
        return root().resolve("helm/framewise");
    }

    static Path compose() {
        return root().resolve("docker-compose.yml");
    }

    static Path prometheusConfig() {
        return root().resolve("monitoring/prometheus.yml");
    }

    /** The one source of the Grafana dashboard; the chart carries a copy (helm cannot package a symlink's target). */
    static Path dashboard() {
        return root().resolve("monitoring/grafana/framewise-dashboard.json");
    }

    static Path chartDashboard() {
        return chart().resolve("dashboards/framewise-dashboard.json");
    }
}
