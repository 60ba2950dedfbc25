package io.framewise.status.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.framewise.events.serde.EventJson;
import java.util.List;
import java.util.Map;

/**
 * A batch's rows as one JSON array parameter, which the statement unpacks with {@code jsonb_to_recordset}: one
 * statement and one round trip per batch, and the same SQL text and a single parameter whatever the batch's size
 * (a {@code values} list would bind thousands of parameters and be parsed anew for every size).
 */
final class JsonRows {

    private JsonRows() {
    }

    /** Each map is one row, its keys the column names the statement's record definition lists. */
    static String of(List<? extends Map<String, ?>> rows) {
        try {
            return EventJson.mapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows not writable as JSON", e);
        }
    }
}
