package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageKeysTest {

    @Test
    void followsTheDesignLayout() {
        assertThat(StorageKeys.sourceVideo("abc-1", "mp4")).isEqualTo("videos/abc-1/source.mp4");
        assertThat(StorageKeys.capture("abc-1", 7)).isEqualTo("captures/abc-1/0007.jpg");
        assertThat(StorageKeys.previewGif("abc-1")).isEqualTo("abc-1/preview.gif");
        assertThat(StorageKeys.previewWebp("abc-1")).isEqualTo("abc-1/preview.webp");
        assertThat(StorageKeys.metadata("abc-1")).isEqualTo("abc-1/metadata.json");
    }

    @Test
    void refusesIdsAndExtensionsThatCouldEscapeTheirPrefix() {
        assertThatThrownBy(() -> StorageKeys.sourceVideo("../etc", "mp4")).hasMessageContaining("video id");
        assertThatThrownBy(() -> StorageKeys.metadata("a/b")).hasMessageContaining("video id");
        assertThatThrownBy(() -> StorageKeys.sourceVideo("abc", "mp4/../x")).hasMessageContaining("extension");
        assertThatThrownBy(() -> StorageKeys.capture("abc", -1)).hasMessageContaining("negative");
    }

    @Test
    void topicsIncludeTheDesignCardsFive() {
        assertThat(Topics.ALL).contains("video.uploaded", "render.start", "capture.created", "labels.done",
                "render.ready");
        assertThat(Topics.allWithDeadLetters()).contains("labels.done.dlq", "people.dlq").doesNotContain("people")
                .hasSize(Topics.ALL.size() * 2 + 1);
    }
}
