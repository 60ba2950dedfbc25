package io.framewise.gateway.webhooks.repository;

import io.framewise.gateway.webhooks.domain.DeliveryAttempt;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {

    /** The attempts of each delivery, in order. */
    public Map<UUID, List<DeliveryAttempt>> ofDeliveries(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return list("deliveryId in ?1", Sort.ascending("deliveryId").and("attempt"), deliveryIds).stream()
                .collect(Collectors.groupingBy(row -> row.deliveryId));
    }
}
