package io.framewise.gateway.upload.service;

import io.framewise.gateway.core.service.PrintableText;

/**
 * A client's file name is kept for display and search only (object keys never use it): the last path
 * segment, without control characters, at most 255 characters.
 */
public final class Filenames {

    private static final int MAX_LENGTH = 255;

    private Filenames() {
    }

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String lastSegment = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String printable = PrintableText.of(lastSegment);
        if (printable.isEmpty() || printable.equals(".") || printable.equals("..")) {
            return null;
        }
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }
}
