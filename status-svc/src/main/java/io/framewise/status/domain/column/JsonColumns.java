package io.framewise.status.domain.column;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.framewise.events.serde.EventJson;
import java.util.List;

/** JSON-valued columns hold the event contract's own records, in the contract's JSON form. */
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

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The same for a generic type (a list or map of contract records). */
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

    public static <T> List<T> readList(String json, Class<T> elementType) {
        if (json == null) {
            return List.of();
        }
        JavaType type = EventJson.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a list of " + elementType.getSimpleName(), e);
        }
    }
}
