package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The video was probed and accepted; these stages must now report. Topic {@value Topics#RENDER_START}. */
public record RenderStart(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) ObjectRef source,
        @JsonProperty(required = true) Probe probe,
        @JsonProperty(required = true) List<Stage> stages) implements FramewiseEvent {

    public RenderStart {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(source, "source");
        Require.present(probe, "probe");
        stages = List.copyOf(Require.present(stages, "stages"));
    }

    public static RenderStart create(String videoId, ObjectRef source, Probe probe, List<Stage> stages) {
        return new RenderStart(videoId, UUID.randomUUID(), Instant.now(), source, probe, stages);
    }
}
