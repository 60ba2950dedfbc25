package io.framewise.media.transcode;

import io.framewise.media.storyboard.StoryboardGeometry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one decode of the source makes: the MP4 renditions, the MP3 of the sound (only if the source has
 * sound) and the storyboard's thumbnails; then, if wanted, an HLS copy of each rendition.
 *
 * @param fps          the source's frame rate (0 if unknown): sets the longest keyframe interval
 * @param renditions   empty when only the storyboard is wanted
 * @param audio        where the MP3 goes; empty for a silent source or when no renditions are wanted
 * @param storyboard   the sprite's layout and file; empty when no storyboard is wanted
 * @param hls          where each rendition's HLS playlist goes (same order as {@code renditions}); empty for no HLS
 */
public record TranscodePlan(Path source, long durationMs, double fps, boolean sourceHasAudio,
                            List<Output> renditions, Optional<Path> audio, Optional<Sprite> storyboard,
                            List<Path> hls, TranscodeSettings settings) {

    /** A rendition and its file. */
    public record Output(Rendition rendition, Path file) {
    }

    /** The storyboard's layout and the file of its raw thumbnails (rgb24, one after another). */
    public record Sprite(StoryboardGeometry geometry, Path tiles) {
    }

    public TranscodePlan {
        renditions = List.copyOf(renditions);
        hls = List.copyOf(hls);
        if (!hls.isEmpty() && hls.size() != renditions.size()) {
            throw new IllegalArgumentException("one HLS playlist per rendition: " + hls.size() + " for "
                    + renditions.size());
        }
        if (audio.isPresent() && !sourceHasAudio) {
            throw new IllegalArgumentException("a silent source has no audio to extract");
        }
        if (renditions.isEmpty() && audio.isEmpty() && storyboard.isEmpty()) {
            throw new IllegalArgumentException("nothing to make");
        }
    }
}
