package io.framewise.gateway.core.rest;

import io.framewise.gateway.core.service.InvalidRequestException;

/**
 * {@code page} and {@code size} query parameters, checked: whole numbers within bounds, else a 400 saying so. Pages
 * stop at {@value #MAX_PAGE}: deeper, the database would skip millions of rows for one answer (and page × size
 * overflows an int).
 */
public final class Paging {

    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    public static int page(String value) {
        return number("page", value, 0, 0, MAX_PAGE);
    }

    public static int size(String value, int fallback, int max) {
        return number("size", value, fallback, 1, max);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max);
        }
    }
}
