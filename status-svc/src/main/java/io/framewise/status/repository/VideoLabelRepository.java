package io.framewise.status.repository;

import io.framewise.events.Label;
import io.framewise.status.domain.VideoLabel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
        return delete("videoId", videoId).flatMap(deleted -> persist(rows)).replaceWithVoid();
    }
}
