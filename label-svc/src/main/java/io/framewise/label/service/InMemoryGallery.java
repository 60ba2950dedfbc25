package io.framewise.label.service;

import io.framewise.label.model.FaceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The gallery in this process's memory. Each person is one immutable entry replaced as a whole, so a capture
 * matched during a re-enrolment sees either the old or the new photos, never a mix. A linear scan: with 1024
 * numbers per photo, a thousand photos take about a millisecond.
 */
@ApplicationScoped
public class InMemoryGallery implements Gallery {

    private final ConcurrentMap<String, Person> people = new ConcurrentHashMap<>();

    @Override
    public void put(Person person) {
        people.put(person.id(), person);
    }

    @Override
    public void remove(String personId) {
        people.remove(personId);
    }

    @Override
    public Optional<Match> best(float[] embedding) {
        Match best = null;
        for (Person p : people.values()) {
            for (float[] e : p.embeddings()) {
                double s = FaceEmbedder.similarity(embedding, e);
                if (best == null || s > best.similarity()) best = new Match(p.id(), p.name(), s);
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public int size() {
        return people.size();
    }
}
