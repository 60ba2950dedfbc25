package io.framewise.status.domain.column;

import io.framewise.events.Stage;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The stages render.start planned, stored as their comma-separated wire names ({@code preview,captures,labels}). */
@Converter
public class StageListColumn implements AttributeConverter<List<Stage>, String> {

    @Override
    public String convertToDatabaseColumn(List<Stage> stages) {
        return stages == null ? null : stages.stream().map(Stage::wireName).collect(Collectors.joining(","));
    }

    @Override
    public List<Stage> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return column.isBlank() ? List.of() : Arrays.stream(column.split(",")).map(Stage::fromWire).toList();
    }
}
