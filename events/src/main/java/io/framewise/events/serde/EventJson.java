package io.framewise.events.serde;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON form of the event contract. Unknown fields are ignored so older consumers keep working
 * when producers add fields; a missing required field or malformed JSON is an {@link EventFormatException}.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    /** A mapper configured like the contract, for services that write related JSON (e.g. metadata.json). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new EventFormatException("cannot write " + event.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(Object event) {
        return new String(toBytes(event), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new EventFormatException("empty " + type.getSimpleName() + " record");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new EventFormatException("malformed " + type.getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return fromBytes(json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }

    /** Jackson wraps our own field checks; the innermost message is the one a person can act on. */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException json
                ? json.getOriginalMessage()
                : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
