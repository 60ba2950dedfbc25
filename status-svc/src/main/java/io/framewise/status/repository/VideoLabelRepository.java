package io.framewise.status.repository;

import io.framewise.events.Label;
import io.framewise.status.domain.VideoLabel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class VideoLabelRepository implements PanacheRepositoryBase<VideoLabel, VideoLabel.Key> {

    public Uni<Void> replace(String videoId, List<Label> allLabels) {
        List<VideoLabel> rows = allLabels.stream().map(label -> {
            VideoLabel row = new VideoLabel();
            row.videoId = videoId;
            row.name = label.name();
            row.confidence = label.confidence();
            return row;
        }).toList();
        // A video whose captures carry no labels has none to store (and Panache refuses to persist nothing).
        return delete("videoId", videoId)
                .flatMap(deleted -> rows.isEmpty() ? Uni.createFrom().voidItem() : persist(rows))
                .replaceWithVoid();
    }

    /** The merged labels of each of these videos, strongest first (videos without labels are absent). */
    public Uni<Map<String, List<Label>>> ofVideos(Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("videoId in ?1", Sort.descending("confidence").and("name"), videoIds)
                .map(rows -> rows.stream().collect(Collectors.groupingBy(row -> row.videoId, LinkedHashMap::new,
                        Collectors.mapping(row -> new Label(row.name, row.confidence), Collectors.toList()))));
    }
}
