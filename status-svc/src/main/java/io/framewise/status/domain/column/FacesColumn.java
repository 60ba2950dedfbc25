package io.framewise.status.domain.column;

import io.framewise.events.Face;
import java.util.List;
import jakarta.persistence.Converter;

/** A capture's {@link Face}s as a JSON array. */
@Converter
public class FacesColumn extends JsonColumn<List<Face>> {

    public FacesColumn() {
        super(types -> types.constructCollectionType(List.class, Face.class));
    }
}
