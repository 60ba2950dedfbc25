package io.framewise.testkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EvalPhotosTest {

    @Test
    void theSetIsLargeEnoughAndBothHalvesCoverIt() {
        List<EvalPhotos.Photo> all = EvalPhotos.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        Set<String> mainClasses = all.stream().flatMap(p -> p.main().stream()).collect(Collectors.toSet());
        assertThat(mainClasses).hasSizeGreaterThanOrEqualTo(20).contains("Person");
        long dev = all.stream().filter(p -> p.split() == EvalPhotos.Split.DEV).count();
        assertThat(dev).isBetween(all.size() / 2L - 3, all.size() / 2L + 3);
        assertThat(EvalPhotos.set("ci")).hasSizeBetween(10, 14).allMatch(EvalPhotos.Photo::ci);
        assertThat(EvalPhotos.set("full")).isEqualTo(all);
        assertThatThrownBy(() -> EvalPhotos.set("most")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRowIsPinnedAndPaintingsHaveNoMainObject() {
        for (EvalPhotos.Photo p : EvalPhotos.all()) {
            assertThat(p.source().sha256()).as(p.id()).matches("[0-9a-f]{64}");
            assertThat(p.source().licence()).as(p.id()).isNotBlank();
            assertThat(p.source().archiveEntry() == null).as(p.id()).isEqualTo(p.source().archiveSha256() == null);
            assertThat(p.truth()).as(p.id()).hasSize(p.main().size() + p.present().size());
            if (p.kind() == EvalPhotos.Kind.PAINTING) assertThat(p.main()).as(p.id()).isEmpty();
        }
    }

    @Test
    void parsesARowOfAnArchiveEntry() {
        EvalPhotos.Photo p = EvalPhotos.parse(String.join("\t", "x", "test", "-", "photo", "Cow", "Dog,Person", "debian",
                "pkg", "1.0", "a/b.rcc!/c/d.webp", "0".repeat(64), "1".repeat(64), "GPL-3"));
        assertThat(p.truth()).containsExactly("Cow", "Dog", "Person");
        assertThat(p.source().packagePath()).isEqualTo("a/b.rcc");
        assertThat(p.source().archiveEntry()).isEqualTo("/c/d.webp");
        assertThat(p.ci()).isFalse();
    }

    /** Fetches the CI subset's packages (Debian: darknet, scikit-image, matplotlib data, GCompris data) once per machine. */
    @Test
    void theCiPhotosDecodeFromTheirPackages() {
        List<EvalPhotos.Photo> ci = EvalPhotos.set("ci");
        Assumptions.assumeTrue(EvalPhotos.available(ci), "Debian packages of the photo set cannot be fetched here");
        for (EvalPhotos.Photo p : ci) {
            BufferedImage image = p.image();
            assertThat(image.getWidth()).as(p.id()).isGreaterThan(200);
            assertThat(image.getHeight()).as(p.id()).isGreaterThan(200);
        }
    }
}
