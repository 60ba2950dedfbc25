package io.framewise.status.domain.column;

import io.framewise.events.ModelRef;
import java.util.List;
import java.util.Map;
import jakarta.persistence.Converter;

/** Which models made each stage's result ({@code {"preview": [ModelRef…], …}}, stage wire names as keys), as JSON. */
@Converter
public class StageModelsColumn extends JsonColumn<Map<String, List<ModelRef>>> {

    public StageModelsColumn() {
        super(types -> types.constructMapType(java.util.LinkedHashMap.class, types.constructType(String.class), types.constructCollectionType(List.class, ModelRef.class)));
    }
}
