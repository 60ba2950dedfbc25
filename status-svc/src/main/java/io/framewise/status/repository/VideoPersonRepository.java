package io.framewise.status.repository;

import io.framewise.events.api.PersonSeen;
import io.framewise.status.domain.VideoPerson;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class VideoPersonRepository implements PanacheRepositoryBase<VideoPerson, VideoPerson.Key> {

    public Uni<Void> replace(String videoId, List<PersonSeen> people) {
        List<VideoPerson> rows = people.stream().map(person -> {
            VideoPerson row = new VideoPerson();
            row.videoId = videoId;
            row.personId = person.personId();
            row.name = person.name() == null ? person.personId() : person.name();
            row.appearances = person.appearances().size();
            row.firstMs = person.firstMs();
            return row;
        }).toList();
        return delete("videoId", videoId)
                .flatMap(deleted -> rows.isEmpty() ? Uni.createFrom().voidItem() : persist(rows))
                .replaceWithVoid();
    }
}
