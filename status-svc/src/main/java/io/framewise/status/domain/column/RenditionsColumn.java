package io.framewise.status.domain.column;

import io.framewise.events.RenditionsCreated;
import jakarta.persistence.Converter;

/** The {@link RenditionsCreated} event as JSON. */
@Converter
public class RenditionsColumn extends JsonColumn<RenditionsCreated> {

    public RenditionsColumn() {
        super(types -> types.constructType(RenditionsCreated.class));
    }
}
