package io.framewise.gateway.core.service;

import java.util.regex.Pattern;

/**
 * Text people gave that others will read (names of files and people): without control characters (line breaks
 * that forge log lines, NULs, escape sequences that drive terminals) and without the invisible direction
 * overrides that make a name read differently from what it is ("‮gpj.exe").
 */
public final class PrintableText {

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private PrintableText() {
    }

    /** The text without those characters, stripped of surrounding white space; null stays null. */
    public static String of(String text) {
        return text == null ? null : UNPRINTABLE.matcher(text).replaceAll("").strip();
    }
}
