package io.framewise.status.domain.column;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.framewise.events.serde.EventJson;
import jakarta.persistence.AttributeConverter;

/**
 * A text column that holds one of the event contract's values in the contract's own JSON form, mapped to its typed
 * Java value. Kept as text (not jsonb): the rows are only ever read whole, by id, and events already validate their
 * shape; the native statements of the labels batch write the same form through {@link JsonColumns}.
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private final JavaType type;

    JsonColumn(java.util.function.Function<TypeFactory, JavaType> type) {
        this.type = type.apply(EventJson.mapper().getTypeFactory());
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return JsonColumns.write(value);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return JsonColumns.read(json, type);
    }
}
