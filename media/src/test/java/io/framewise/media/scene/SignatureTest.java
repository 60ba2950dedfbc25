package io.framewise.media.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void blackBarsAreLeftOutOfTheContentArea() {
        Picture pillarboxed = picture(framed(texture(1, 480, 360), 640, 360));
        ContentArea area = ContentArea.of(pillarboxed);
        assertThat(area.left()).isBetween(78, 82);
        assertThat(area.right()).isBetween(558, 562);
        assertThat(area.top()).isZero();
        assertThat(area.bottom()).isEqualTo(360);
    }

    @Test
    void barsDiluteNothing() {
        BufferedImage first = texture(1, 480, 360);
        BufferedImage second = texture(2, 480, 360);
        double unframed = Signature.of(picture(first)).differenceTo(Signature.of(picture(second)));
        double framed = Signature.of(picture(framed(first, 640, 360)))
                .differenceTo(Signature.of(picture(framed(second, 640, 360))));
        assertThat(framed).isCloseTo(unframed, offset(unframed * 0.1));
    }

    @Test
    void aColourChangeOfTheSameBrightnessIsADifference() {
        BufferedImage red = filled(new Color(200, 40, 40));
        BufferedImage green = filled(new Color(30, 120, 30)); // about the same luma as the red
        assertThat(Signature.of(picture(red)).differenceTo(Signature.of(picture(green)))).isGreaterThan(0.1);
    }

    @Test
    void aCrossFadesMiddleIsABlendAndAShiftIsNot() {
        BufferedImage a = texture(1, 640, 360);
        BufferedImage b = texture(2, 640, 360);
        BufferedImage half = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = half.createGraphics();
        g.drawImage(a, 0, 0, null);
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.5f));
        g.drawImage(b, 0, 0, null);
        g.dispose();
        Signature before = Signature.of(picture(a));
        Signature after = Signature.of(picture(b));
        assertThat(Signature.blendResidual(before, Signature.of(picture(half)), after)).isLessThan(0.05);

        BufferedImage wide = texture(3, 800, 360);
        Signature left = Signature.of(picture(wide.getSubimage(0, 0, 640, 360)));
        Signature middle = Signature.of(picture(wide.getSubimage(80, 0, 640, 360)));
        Signature right = Signature.of(picture(wide.getSubimage(160, 0, 640, 360)));
        assertThat(Signature.blendResidual(left, middle, right)).isGreaterThan(0.2);
    }

    /** Blobs of random colour: a picture with places and colours, seeded. */
    private static BufferedImage texture(long seed, int width, int height) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(0xffffff)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            int size = 20 + random.nextInt(width / 4);
            g.fillOval(random.nextInt(width), random.nextInt(height), size, size);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage filled(Color colour) {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        return image;
    }

    private static BufferedImage framed(BufferedImage content, int width, int height) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, height);
        g.drawImage(content, (width - content.getWidth()) / 2, (height - content.getHeight()) / 2, null);
        g.dispose();
        return frame;
    }

    private static Picture picture(BufferedImage image) {
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(image, 0, 0, null);
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        return new Picture.Bgr(ByteBuffer.wrap(pixels), bgr.getWidth(), bgr.getHeight(), bgr.getWidth() * 3);
    }
}
