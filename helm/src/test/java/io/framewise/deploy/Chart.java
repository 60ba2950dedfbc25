package io.framewise.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The chart rendered offline by the Helm embedded in helm-java, as release {@value #RELEASE} in {@value #NAMESPACE}. */
final class Chart {

    static final String RELEASE = "fw";
    static final String NAMESPACE = "media";
    /** The prefix of every resource name: {@code <release>-<chart>}. */
    static final String FULLNAME = RELEASE + "-framewise";
    /** helm-java's template defaults to Kubernetes 1.20, below the chart's kubeVersion; a real install uses the cluster's. */
    static final String KUBE_VERSION = "1.31.0";
    static final String TOPICS_JOB = "templates/kafka-topics-job.yaml";

    private Chart() {
    }

    static String name(Component component) {
        return name(component.service);
    }

    static String name(String component) {
        return FULLNAME + "-" + component;
    }

    static LintResult lint() {
        return new Helm(Repo.chart()).lint().strict().call();
    }

    /** Renders with the chart's values plus {@code key=value} overrides (helm's --set). */
    static Manifests render(String... settings) {
        return Manifests.parse(template(Repo.chart(), settings));
    }

    /** The error helm reports for these settings (schema or template failure); fails if it renders. */
    static String renderError(String... settings) {
        try {
            template(Repo.chart(), settings);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        throw new AssertionError("rendered, but an error was expected for " + List.of(settings));
    }

    /**
     * Renders including the Helm hook objects (the topics Job and what it needs, the helm test Pod). helm-java 0.0.21's
     * template leaves hooks out (manusa/helm-java#416), so this renders a copy of the chart whose templates have their
     * helm.sh/hook annotations removed.
     */
    static Manifests renderWithHooks(String... settings) {
        Path copy = copyOfChart();
        try (Stream<Path> templates = Files.walk(copy.resolve("templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(template);
                Files.write(template, lines.stream().filter(l -> !l.contains("helm.sh/hook")).toList());
            }
            return Manifests.parse(template(copy, settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    /** The Helm hook annotations of the objects in one template file, as written (hooks are not rendered here). */
    static List<String> hookAnnotations(String template) {
        try {
            return Files.readAllLines(Repo.chart().resolve(template)).stream().map(String::trim)
                    .filter(l -> l.startsWith("helm.sh/hook")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** helm install --dry-run, client only: what the user reads after installing (NOTES.txt). */
    static String installNotes(String... settings) {
        var install = new Helm(Repo.chart()).install().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION).withDryRunOption(com.marcnuri.helm.DryRun.CLIENT).clientOnly();
        for (String[] kv : keyValues(settings)) {
            install.set(kv[0], kv[1]);
        }
        return install.call().getOutput();
    }

    private static String template(Path chart, String... settings) {
        var template = new Helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        for (String[] kv : keyValues(settings)) {
            template.set(kv[0], kv[1]);
        }
        return template.call();
    }

    /**
     * {@code key=value} pairs; a list in helm's {@code --set} syntax, {@code key={a,b}}, becomes {@code key[0]=a} and
     * {@code key[1]=b}, because helm-java passes each value as one string.
     */
    private static List<String[]> keyValues(String... settings) {
        var pairs = new java.util.ArrayList<String[]>();
        for (String setting : settings) {
            String[] kv = setting.split("=", 2);
            if (kv[1].startsWith("{") && kv[1].endsWith("}")) {
                String[] items = kv[1].substring(1, kv[1].length() - 1).split(",");
                for (int i = 0; i < items.length; i++) {
                    pairs.add(new String[] {kv[0] + "[" + i + "]", items[i]});
                }
            } else {
                pairs.add(kv);
            }
        }
        return pairs;
    }

    private static Path copyOfChart() {
        try {
            Path target = Files.createTempDirectory("framewise-chart");
            try (Stream<Path> files = Files.walk(Repo.chart())) {
                for (Path source : files.toList()) {
                    Path dest = target.resolve(Repo.chart().relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
