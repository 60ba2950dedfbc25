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

    /** A photo of a known person in the face gallery; {@code index} counts the person's photos from 0. */
    public static String personPhoto(String personId, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("photo index must not be negative, was " + index);
        }
        return personPrefix(personId) + String.format("%02d.jpg", index);
    }

    public static String personPrefix(String personId) {
        return "people/" + checkedId(personId) + "/";
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

    /** {@code {videoId}/people.json}: the known people seen in the video with their timecodes (S3's idea). */
    public static String people(String videoId) {
        return renderPrefix(videoId) + "people.json";
    }

    public static String storyboardSprite(String videoId) {
        return renderPrefix(videoId) + "storyboard.jpg";
    }

    public static String storyboardVtt(String videoId) {
        return renderPrefix(videoId) + "storyboard.vtt";
    }

    public static String transcriptJson(String videoId) {
        return renderPrefix(videoId) + "transcript.json";
    }

    public static String transcriptVtt(String videoId) {
        return renderPrefix(videoId) + "transcript.vtt";
    }

    public static String renditionsPrefix(String videoId) {
        return renderPrefix(videoId) + "renditions/";
    }

    /** An MP4 rendition, e.g. {@code {videoId}/renditions/720p.mp4}. */
    public static String rendition(String videoId, String name) {
        return renditionsPrefix(videoId) + checkedName(name) + ".mp4";
    }

    public static String audio(String videoId) {
        return renditionsPrefix(videoId) + "audio.mp3";
    }

    /** HLS lives under {@code {videoId}/hls/}: {@code master.m3u8}, then a folder per ladder rung. */
    public static String hlsPrefix(String videoId) {
        return renderPrefix(videoId) + "hls/";
    }

    public static String hlsMaster(String videoId) {
        return hlsPrefix(videoId) + "master.m3u8";
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

    private static String checkedName(String name) {
        if (name == null || !EXTENSION.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid rendition name: " + name);
        }
        return name;
    }

    private static String checkedExtension(String extension) {
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("not a valid file extension: " + extension);
        }
        return extension;
    }
}
