package io.framewise.status.rest;

import java.util.List;

/** One page of the video list: {@code page} counts from 0; {@code total} is how many match in all. */
public record VideoPage(List<VideoView> items, int page, int size, long total) {
}
