package io.framewise.status.domain.column;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.framewise.events.serde.EventJson;

/**
 * JSON-valued columns hold the event contract's own records, in the contract's JSON form: read and written by the
 * entities' converters ({@link JsonColumn}), and written by the labels batch's native statement.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, JavaType type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type + ": " + e.getMessage(), e);
        }
    }
}
