package io.framewise.kit.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.function.Consumer;

/** For work a job hands to a thread of its own: the trace current where the work was handed over goes with it. */
public final class Traces {

    private Traces() {
    }

    /** {@code action}, run within the trace that is current now, on whichever thread later calls it. */
    public static <T> Consumer<T> carrying(Consumer<T> action) {
        Context handedOverIn = Context.current();
        return value -> {
            try (Scope scope = handedOverIn.makeCurrent()) {
                action.accept(value);
            }
        };
    }
}
