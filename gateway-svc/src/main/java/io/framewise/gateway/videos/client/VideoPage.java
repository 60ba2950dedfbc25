package io.framewise.gateway.videos.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of status-svc's video list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VideoPage(List<VideoState> items, int page, int size, long total) {
}
