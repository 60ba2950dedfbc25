package io.framewise.testkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.testkit.eval.PackageFiles.Package;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PackageFilesTest {

    private static final Package DARKNET = Package.debian("darknet", "0.0.0+git20180914.61c9d02e-2+b4");
    private static final String DOG = "usr/share/darknet/data/dog.jpg";
    private static final String DOG_SHA256 = "5a9522051c3cec2bbd2f6323fccba32e8fbf3ddcc2b3e2fd46b04c720bc6f866";

    @BeforeAll
    static void debianArchiveReachable() {
        Assumptions.assumeTrue(PackageFiles.available(DARKNET), "apt-get cannot fetch " + DARKNET + " here");
    }

    @Test
    void aFileOutOfADebianPackageIsTheOneTheTestPhotosCopied() throws IOException {
        Path dog = PackageFiles.file(DARKNET, DOG, DOG_SHA256);

        try (InputStream copy = getClass().getResourceAsStream("/io/framewise/testkit/photos/dog.jpg")) {
            assertThat(Files.readAllBytes(dog)).isEqualTo(copy.readAllBytes());
        }
        assertThat(PackageFiles.unpacked(DARKNET)).isEqualTo(PackageFiles.unpacked(DARKNET));
    }

    @Test
    void aFileWhoseHashDiffersFromThePinnedOneIsRefused() {
        assertThatThrownBy(() -> PackageFiles.file(DARKNET, DOG, "00".repeat(32)))
                .isInstanceOf(IOException.class).hasMessageContaining("expected");
        assertThatThrownBy(() -> PackageFiles.file(DARKNET, "usr/share/darknet/data/none.jpg", DOG_SHA256))
                .isInstanceOf(IOException.class).hasMessageContaining("is not in");
        assertThatThrownBy(() -> PackageFiles.file(DARKNET, "../../../../etc/passwd", DOG_SHA256))
                .isInstanceOf(IOException.class).hasMessageContaining("is not in");
    }
}
