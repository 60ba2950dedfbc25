package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.testkit.TestFaces.Photo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestFacesTest {

    @BeforeEach
    void available() {
        TestFaces.assumeAvailable();
    }

    @Test
    void everyPhotoIsItsOwnPictureInJpegAndPng() throws Exception {
        Set<Integer> hashes = new HashSet<>();
        for (Photo p : Photo.values()) {
            BufferedImage img = TestFaces.image(p);
            assertThat(img.getWidth()).as(p.name()).isBetween(150, 300);
            hashes.add(Arrays.hashCode(img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())));
            byte[] jpeg = TestFaces.jpeg(p);
            assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
            assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
            assertThat(TestFaces.png(p)[1]).isEqualTo((byte) 'P');
            BufferedImage frame = ImageIO.read(new ByteArrayInputStream(TestFaces.inFrame(p)));
            assertThat(frame.getWidth()).isEqualTo(640);
            assertThat(frame.getHeight()).isEqualTo(360);
        }
        assertThat(hashes).hasSize(Photo.values().length);
        assertThat(Arrays.stream(Photo.values()).filter(p -> p.person.equals("A"))).hasSize(3);
    }

    @Test
    void theFaceClipIsTwoShotsOfTwoSeconds() throws Exception {
        MediaInfo info = new MediaProbe().probe(TestFaces.clip(Photo.A_CLOSEUP));
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(360);
        assertThat(info.durationMs()).isBetween(3800L, 4300L);
    }
}
