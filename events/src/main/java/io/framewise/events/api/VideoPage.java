package io.framewise.events.api;

import java.util.List;

/** One page of status-svc's video list: {@code page} counts from 0; {@code total} is how many match in all. */
public record VideoPage(List<VideoView> items, int page, int size, long total) {

    public VideoPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
