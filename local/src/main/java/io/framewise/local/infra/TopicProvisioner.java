package io.framewise.local.infra;

import io.framewise.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates every topic of the event contract (and its dead-letter topic, and the compacted people topic) that does not exist yet. */
public final class TopicProvisioner {

    private TopicProvisioner() {
    }

    /** @param clientProperties Kafka client settings the broker wants (SASL), none for a plaintext one */
    public static List<String> ensureTopics(String bootstrapServers, Map<String, String> clientProperties, int partitions) {
        Map<String, Object> settings = new java.util.HashMap<>(clientProperties);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(settings)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.allWithDeadLetters().stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            if (!existing.contains(Topics.PEOPLE)) {
                // the gallery is state, not a stream: compaction keeps each person's latest record forever
                missing.add(new NewTopic(Topics.PEOPLE, 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the Kafka topics", e);
        }
    }
}
