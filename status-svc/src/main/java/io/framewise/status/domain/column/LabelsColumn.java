package io.framewise.status.domain.column;

import io.framewise.events.Label;
import java.util.List;
import jakarta.persistence.Converter;

/** A capture's {@link Label}s as a JSON array. */
@Converter
public class LabelsColumn extends JsonColumn<List<Label>> {

    public LabelsColumn() {
        super(types -> types.constructCollectionType(List.class, Label.class));
    }
}
