package io.framewise.status.domain.column;

import io.framewise.events.StoryboardCreated;
import jakarta.persistence.Converter;

/** The {@link StoryboardCreated} event as JSON. */
@Converter
public class StoryboardColumn extends JsonColumn<StoryboardCreated> {

    public StoryboardColumn() {
        super(types -> types.constructType(StoryboardCreated.class));
    }
}
