package io.framewise.status.domain.column;

import io.framewise.events.Probe;
import jakarta.persistence.Converter;

/** {@link Probe} as JSON. */
@Converter
public class ProbeColumn extends JsonColumn<Probe> {

    public ProbeColumn() {
        super(types -> types.constructType(Probe.class));
    }
}
