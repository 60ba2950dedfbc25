package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.events.serde.EventDeserializers;
import io.framewise.events.serde.EventFormatException;
import io.framewise.events.serde.EventJson;
import io.framewise.events.serde.EventSerializer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final String UPLOADED = """
            {"videoId":"v1","eventId":"00000000-0000-4000-8000-000000000001","at":"2026-11-22T10:15:30Z",
             "bucket":"src","key":"videos/v1/source.mp4","bytes":42,"source":"presigned"%s}""";

    @Test
    void ignoresFieldsItDoesNotKnow() {
        VideoUploaded event = EventJson.fromJson(UPLOADED.formatted(",\"addedLater\":{\"x\":1}"), VideoUploaded.class);
        assertThat(event.source()).isEqualTo(UploadSource.PRESIGNED);
        assertThat(event.bytes()).isEqualTo(42);
        assertThat(event.filename()).isNull();
    }

    @Test
    void missingRequiredFieldIsAClearError() {
        String withoutKey = UPLOADED.formatted("").replace("\"key\":\"videos/v1/source.mp4\",", "");
        assertThatThrownBy(() -> EventJson.fromJson(withoutKey, VideoUploaded.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("VideoUploaded")
                .hasMessageContaining("key");
    }

    @Test
    void missingRequiredNumberIsAnErrorNotZero() {
        String withoutBytes = UPLOADED.formatted("").replace("\"bytes\":42,", "");
        assertThatThrownBy(() -> EventJson.fromJson(withoutBytes, VideoUploaded.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void malformedJsonIsAClearError() {
        assertThatThrownBy(() -> EventJson.fromJson("{not json", VideoUploaded.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("malformed VideoUploaded");
        assertThatThrownBy(() -> EventJson.fromBytes(new byte[0], VideoUploaded.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void unknownEnumValueNamesTheKnownOnes() {
        String badSource = UPLOADED.formatted("").replace("presigned", "carrier-pigeon");
        assertThatThrownBy(() -> EventJson.fromJson(badSource, VideoUploaded.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("carrier-pigeon")
                .hasMessageContaining("upload, presigned, url");
    }

    @Test
    void captureEventIsEitherACaptureOrTheMarker() {
        assertThatThrownBy(() -> EventJson.fromJson("""
                {"videoId":"v1","eventId":"00000000-0000-4000-8000-000000000001","at":"2026-11-22T10:15:30Z"}""",
                CaptureCreated.class)).hasMessageContaining("capture is required");
        assertThatThrownBy(() -> EventJson.fromJson("""
                {"videoId":"v1","eventId":"00000000-0000-4000-8000-000000000001","at":"2026-11-22T10:15:30Z",
                 "complete":true}""", CaptureCreated.class)).hasMessageContaining("count is required");
        assertThat(CaptureCreated.completion("v1", 4).isCompletionMarker()).isTrue();
    }

    @Test
    void failedRenderMustSayWhy() {
        assertThatThrownBy(() -> RenderReady.failed("v1", " ")).hasMessageContaining("error is required");
    }

    @Test
    void kafkaSerdeRoundTrips() {
        LabelsDone event = LabelsDone.create("v1", 0, 1500, List.of(new Label("Cat", 88.0)), List.of());
        try (var serializer = new EventSerializer();
             var deserializer = new EventDeserializers.LabelsDoneDeserializer()) {
            byte[] bytes = serializer.serialize(Topics.LABELS_DONE, event);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"confidence\":88.0");
            assertThat(deserializer.deserialize(Topics.LABELS_DONE, bytes)).isEqualTo(event);
            assertThat(deserializer.deserialize(Topics.LABELS_DONE, null)).isNull();
        }
    }

    @Test
    void labelConfidenceIsAPercentage() {
        assertThatThrownBy(() -> new Label("Cat", 101)).hasMessageContaining("0..100");
    }
}
