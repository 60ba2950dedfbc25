package io.framewise.transcode.service;

import java.util.List;
import io.framewise.media.FfmpegIdentity;
import io.framewise.events.EventIds;
import io.framewise.events.ImageAsset;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.events.StorageKeys;
import io.framewise.events.StoryboardCreated;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.media.storyboard.SpriteSheet;
import io.framewise.media.storyboard.StoryboardGeometry;
import io.framewise.media.storyboard.StoryboardVtt;
import io.framewise.media.transcode.TranscodePlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Lays out the storyboard sprite from the decode's thumbnails, stores it and its WebVTT map beside each other, and
 * says so in {@code storyboard.created}.
 */
@ApplicationScoped
public class StoryboardStore {

    /** The VTT names the sprite relative to itself: both live in {@code {videoId}/}, wherever the bucket is served. */
    static final String SPRITE_URL = "storyboard.jpg";

    private final ObjectStore store;

    public StoryboardStore(ObjectStore store) {
        this.store = store;
    }

    /** Lays the thumbnails out on the sprite ({@code quality} 0..1), stores it and its VTT. */
    public StoryboardCreated store(RenderStart start, TranscodePlan.Sprite sprite, float quality) throws IOException {
        String videoId = start.videoId();
        StoryboardGeometry g = sprite.geometry();
        SpriteSheet.Result jpeg = SpriteSheet.compose(sprite.tiles(), g, quality,
                sprite.tiles().resolveSibling("storyboard.jpg"));
        String spriteKey = StorageKeys.storyboardSprite(videoId);
        String vttKey = StorageKeys.storyboardVtt(videoId);
        store.put(new ObjectRef(store.renderBucket(), spriteKey), jpeg.file(), "image/jpeg");
        store.put(new ObjectRef(store.renderBucket(), vttKey),
                StoryboardVtt.write(g, SPRITE_URL).getBytes(StandardCharsets.UTF_8), "text/vtt; charset=utf-8");
        ImageAsset asset = new ImageAsset(spriteKey, g.spriteWidth(), g.spriteHeight(), g.tiles(),
                Files.size(jpeg.file()));
        return new StoryboardCreated(videoId, EventIds.derive(start.eventId(), "storyboard.created"), Instant.now(),
                asset, vttKey, g.intervalMs(), g.columns(), g.rows(), g.tileWidth(), g.tileHeight(),
                List.of(FfmpegIdentity.current()));
    }
}
