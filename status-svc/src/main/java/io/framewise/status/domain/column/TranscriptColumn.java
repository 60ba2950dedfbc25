package io.framewise.status.domain.column;

import io.framewise.events.TranscriptCreated;
import jakarta.persistence.Converter;

/** The {@link TranscriptCreated} event as JSON. */
@Converter
public class TranscriptColumn extends JsonColumn<TranscriptCreated> {

    public TranscriptColumn() {
        super(types -> types.constructType(TranscriptCreated.class));
    }
}
