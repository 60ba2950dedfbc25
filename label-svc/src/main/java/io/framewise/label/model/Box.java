package io.framewise.label.model;

/** An axis-aligned box, corners in any one unit (fractions of an image, or pixels); what NMS compares. */
public record Box(double left, double top, double right, double bottom) {

    public double width() {
        return Math.max(0, right - left);
    }

    public double height() {
        return Math.max(0, bottom - top);
    }

    public double area() {
        return width() * height();
    }

    /** Intersection over union, 0 when they do not overlap. */
    public double iou(Box o) {
        double ix = Math.max(0, Math.min(right, o.right) - Math.max(left, o.left));
        double iy = Math.max(0, Math.min(bottom, o.bottom) - Math.max(top, o.top));
        double inter = ix * iy;
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** The box clipped to 0..1 on both axes. */
    public Box clippedToUnit() {
        return new Box(clamp(left), clamp(top), clamp(right), clamp(bottom));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
