package io.framewise.events;

/** A face's bounding box as fractions (0–1) of the capture's width and height. */
public record FaceBox(double left, double top, double width, double height) {
}
