package io.framewise.events;

import java.util.regex.Pattern;

/**
 * The object key layout in the two buckets. Keys are built only from video ids and extensions this
 * service chose, never from names a user supplied, so no upload can write outside its own prefix.
 */
public final class StorageKeys {

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private StorageKeys() {
    }

    // Source bucket

    public static String sourceVideo(String videoId, String extension) {
        return "videos/" + checkedId(videoId) + "/source." + checkedExtension(extension);
    }

    public static String capturesPrefix(String videoId) {
        return "captures/" + checkedId(videoId) + "/";
    }

    public static String capture(String videoId, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("capture index must not be negative, was " + index);
        }
        return capturesPrefix(videoId) + String.format("%04d.jpg", index);
    }

    public static String sourcePrefix(String videoId) {
        return "videos/" + checkedId(videoId) + "/";
    }

    // Render bucket

    public static String renderPrefix(String videoId) {
        return checkedId(videoId) + "/";
    }

    public static String previewGif(String videoId) {
        return renderPrefix(videoId) + "preview.gif";
    }

    public static String previewWebp(String videoId) {
        return renderPrefix(videoId) + "preview.webp";
    }

    public static String metadata(String videoId) {
        return renderPrefix(videoId) + "metadata.json";
    }

    public static boolean isValidVideoId(String videoId) {
        return videoId != null && VIDEO_ID.matcher(videoId).matches();
    }

    private static String checkedId(String videoId) {
        if (!isValidVideoId(videoId)) {
            throw new IllegalArgumentException("not a valid video id: " + videoId);
        }
        return videoId;
    }

    private static String checkedExtension(String extension) {
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("not a valid file extension: " + extension);
        }
        return extension;
    }
}
