package io.framewise.events.serde;

import io.framewise.events.CaptureCreated;
import io.framewise.events.LabelsDone;
import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderReady;
import io.framewise.events.PersonEnrolled;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.StageFailed;
import io.framewise.events.VideoUploaded;

/** The deserializer to name in {@code mp.messaging.incoming.*.value.deserializer}, one per event type. */
public final class EventDeserializers {

    private EventDeserializers() {
    }

    public static class VideoUploadedDeserializer extends EventDeserializer<VideoUploaded> {
        public VideoUploadedDeserializer() {
            super(VideoUploaded.class);
        }
    }

    public static class RenderStartDeserializer extends EventDeserializer<RenderStart> {
        public RenderStartDeserializer() {
            super(RenderStart.class);
        }
    }

    public static class PreviewCreatedDeserializer extends EventDeserializer<PreviewCreated> {
        public PreviewCreatedDeserializer() {
            super(PreviewCreated.class);
        }
    }

    public static class CaptureCreatedDeserializer extends EventDeserializer<CaptureCreated> {
        public CaptureCreatedDeserializer() {
            super(CaptureCreated.class);
        }
    }

    public static class LabelsDoneDeserializer extends EventDeserializer<LabelsDone> {
        public LabelsDoneDeserializer() {
            super(LabelsDone.class);
        }
    }

    public static class StageFailedDeserializer extends EventDeserializer<StageFailed> {
        public StageFailedDeserializer() {
            super(StageFailed.class);
        }
    }

    public static class RenderReadyDeserializer extends EventDeserializer<RenderReady> {
        public RenderReadyDeserializer() {
            super(RenderReady.class);
        }
    }

    public static class StoryboardCreatedDeserializer extends EventDeserializer<StoryboardCreated> {
        public StoryboardCreatedDeserializer() {
            super(StoryboardCreated.class);
        }
    }

    public static class RenditionsCreatedDeserializer extends EventDeserializer<RenditionsCreated> {
        public RenditionsCreatedDeserializer() {
            super(RenditionsCreated.class);
        }
    }

    public static class TranscriptCreatedDeserializer extends EventDeserializer<TranscriptCreated> {
        public TranscriptCreatedDeserializer() {
            super(TranscriptCreated.class);
        }
    }

    public static class PersonEnrolledDeserializer extends EventDeserializer<PersonEnrolled> {
        public PersonEnrolledDeserializer() {
            super(PersonEnrolled.class);
        }
    }
}
