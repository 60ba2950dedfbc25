package io.framewise.media.scene;

import java.awt.image.BufferedImage;

/**
 * The capture of one shot: its number in the video (0-based), when it was taken, the picture, and the
 * score of the cut that started the shot (0 for the first shot).
 */
public record SceneCapture(int index, long timeMs, BufferedImage image, double cutScore) {
}
