package io.framewise.status.domain.column;

import io.framewise.events.ModelRef;
import java.util.List;
import jakarta.persistence.Converter;

/** The {@link ModelRef}s that labelled a capture, as a JSON array. */
@Converter
public class ModelRefsColumn extends JsonColumn<List<ModelRef>> {

    public ModelRefsColumn() {
        super(types -> types.constructCollectionType(List.class, ModelRef.class));
    }
}
