package io.framewise.media.scene;

/**
 * Receives each capture as soon as its shot is found, while the scan goes on: storing and announcing a
 * capture overlaps with decoding the rest of the video. An exception stops the scan and reaches the caller.
 */
@FunctionalInterface
public interface CaptureListener {

    void onCapture(SceneCapture capture) throws Exception;
}
