package io.framewise.label.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The post-processing on made-up outputs: box decoding, NMS, black bars, letterbox mapping, calibration. */
class DetectionDecodingTest {

    @Test
    void nanoDetSideIsTheExpectationOfItsDistributionTimesTheStride() {
        int bins = 11;
        float[] dist = new float[4 * bins];
        dist[3] = 20;                          // left: all mass on bin 3
        dist[bins + 1] = 20;                   // top: bin 1
        dist[2 * bins + 2] = 20;               // right: bin 2
        dist[3 * bins + 4] = 10;               // bottom: half on 4, half on 6
        dist[3 * bins + 6] = 10;
        NanoDetDecoder.Level level = new NanoDetDecoder.Level("s", "b", 52, 8, bins);
        Box box = NanoDetDecoder.box(level, 0, dist); // cell (0,0): centre (4, 4)
        assertThat(box.left()).isCloseTo(4 - 3 * 8, within(1e-6));
        assertThat(box.top()).isCloseTo(4 - 8, within(1e-6));
        assertThat(box.right()).isCloseTo(4 + 2 * 8, within(1e-6));
        assertThat(box.bottom()).isCloseTo(4 + 5 * 8, within(1e-6));
    }

    @Test
    void nanoDetKeepsTheBestOfOverlappingBoxesPerClassAndDropsLowScores() {
        int bins = 11, grid = 2, classes = CocoLabels.CLASSES;
        float[] scores = new float[grid * grid * classes];
        float[] dist = new float[grid * grid * 4 * bins];
        for (int cell = 0; cell < 4; cell++) {
            for (int side = 0; side < 4; side++) dist[(cell * 4 + side) * bins + 10] = 30; // big boxes: all overlap
        }
        scores[16] = 0.9f;                  // cell 0, Dog
        scores[classes + 16] = 0.6f;        // cell 1, Dog again: same object, suppressed
        scores[2 * classes + 15] = 0.5f;    // cell 2, Cat: another class, kept
        scores[3 * classes + 16] = 0.01f;   // below the floor
        NanoDetDecoder decoder = new NanoDetDecoder(List.of(new NanoDetDecoder.Level("s", "b", grid, 208, bins)));
        List<Detection> found = decoder.decode(Map.of("s", scores, "b", dist), 0.05);
        assertThat(found).extracting(Detection::classIndex).containsExactly(16, 15);
        assertThat(found.get(0).score()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void centerNetTakesPeaksOnlyAndItsSides() {
        int grid = 8, classes = CocoLabels.CLASSES;
        float[] heat = new float[grid * grid * classes];
        float[] sides = new float[grid * grid * 4];
        heat[(2 * grid + 3) * classes] = 0.8f;      // Person peak at x=3, y=2
        heat[(2 * grid + 4) * classes] = 0.7f;      // its neighbour: not a peak
        int o = (2 * grid + 3) * 4;
        sides[o] = 5; sides[o + 1] = 6; sides[o + 2] = 7; sides[o + 3] = 8;
        List<Detection> found = new CenterNetDecoder(grid * 4).decode(
                Map.of(CenterNetDecoder.HEATMAP, heat, CenterNetDecoder.SIDES, sides), 0.05);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.classIndex()).isZero();
            assertThat(d.box()).isEqualTo(new Box(12 - 5, 8 - 6, 12 + 7, 8 + 8));
        });
    }

    @Test
    void blackBarsOfAPillarboxedFrameAreCroppedAndADarkPictureIsNot() {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(120, 90, 60));
        g.fillRect(160, 0, 960, 720); // a 4:3 picture in the middle
        g.dispose();
        assertThat(BlackBorders.content(frame)).isEqualTo(new Rectangle(160, 0, 960, 720));
        BufferedImage dark = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertThat(BlackBorders.content(dark)).isEqualTo(new Rectangle(0, 0, 640, 480));
    }

    @Test
    void aLetterboxedInputMapsBackToTheWholePicture() {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(160, 0, 960, 720);
        g.dispose();
        InputFrame input = InputFrame.of(frame, 416, true, true); // 960x720 content -> 416x312, 52 px above and below
        Box whole = input.toImage(new Box(0, 52, 416, 364));
        assertThat(whole.left()).isCloseTo(160.0 / 1280, within(1e-3));
        assertThat(whole.right()).isCloseTo(1120.0 / 1280, within(1e-3));
        assertThat(whole.top()).isCloseTo(0, within(1e-3));
        assertThat(whole.bottom()).isCloseTo(1, within(1e-3));
        BufferedImage rendered = input.render(frame);
        assertThat(rendered.getRGB(208, 20) & 0xFFFFFF).isZero();            // padding stays black
        assertThat(rendered.getRGB(208, 200) & 0xFFFFFF).isEqualTo(0xFFFFFF); // the picture fills the width
        assertThat(rendered.getRGB(2, 200) & 0xFFFFFF).isEqualTo(0xFFFFFF);  // (the bars were cropped)
    }

    @Test
    void calibrationIsMonotonicAndNoneKeepsTheScore() {
        assertThat(ScoreCalibration.NONE.apply(0.37)).isCloseTo(0.37, within(1e-9));
        ScoreCalibration c = new ScoreCalibration(2.5, -0.5);
        assertThat(c.apply(0.3)).isLessThan(c.apply(0.4)).isLessThan(c.apply(0.9));
        assertThat(c.apply(0.5)).isCloseTo(1 / (1 + Math.exp(0.5)), within(1e-9));
    }

    @Test
    void iouOfBoxes() {
        Box a = new Box(0, 0, 2, 2);
        assertThat(a.iou(new Box(1, 0, 3, 2))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(a.iou(new Box(5, 5, 6, 6))).isZero();
        assertThat(a.iou(a)).isEqualTo(1.0);
    }
}
