package io.framewise.label.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The detectors' 80 class indices as Framewise labels: readable Rekognition-style names and parents,
 * read from {@code coco-labels.tsv} (the one place to change a name).
 */
public final class CocoLabels {
    public static final int CLASSES = 80;

    private final List<String> names;
    private final List<List<String>> parents;

    private CocoLabels(List<String> names, List<List<String>> parents) {
        this.names = names;
        this.parents = parents;
    }

    /** Label name of class {@code c}, e.g. "Dining Table". */
    public String name(int c) {
        return names.get(c);
    }

    /** Parents of class {@code c}, e.g. ["Furniture"]; empty for Person. */
    List<String> parents(int c) {
        return parents.get(c);
    }

    List<String> names() {
        return names;
    }

    /** Columns: index, COCO name, darknet name, COCO supercategory, label, parents ('-' = none, else comma-separated). */
    public static CocoLabels load() {
        List<String> names = new ArrayList<>();
        List<List<String>> parents = new ArrayList<>();
        try (InputStream in = CocoLabels.class.getResourceAsStream("coco-labels.tsv")) {
            if (in == null) throw new IllegalStateException("coco-labels.tsv missing next to " + CocoLabels.class.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length != 6 || Integer.parseInt(c[0]) != names.size()) {
                    throw new IllegalStateException("bad coco-labels.tsv row: " + line);
                }
                names.add(c[4]);
                parents.add(c[5].equals("-") ? List.of() : List.of(c[5].split(",")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.size() != CLASSES) throw new IllegalStateException("expected 80 COCO labels, got " + names);
        return new CocoLabels(List.copyOf(names), List.copyOf(parents));
    }
}
