package io.framewise.media.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns JavaCV's exception texts ("avformat_open_input() error -1094995529: …") into FFmpeg's own words. */
final class FfmpegErrors {

    private static final Pattern CODE = Pattern.compile("error (-?\\d+)");

    private FfmpegErrors() {
    }

    static String describe(Exception error) {
        String message = String.valueOf(error.getMessage());
        Matcher code = CODE.matcher(message);
        if (code.find()) {
            String text = explain(Integer.parseInt(code.group(1)));
            if (text != null) {
                return text;
            }
        }
        return message;
    }

    private static String explain(int code) {
        if (code >= 0) {
            return null;
        }
        byte[] buffer = new byte[256];
        if (org.bytedeco.ffmpeg.global.avutil.av_strerror(code, buffer, buffer.length) < 0) {
            return null;
        }
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        String text = new String(buffer, 0, end, java.nio.charset.StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? null : lowerFirst(text);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
