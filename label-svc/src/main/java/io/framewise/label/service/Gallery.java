package io.framewise.label.service;

import java.util.List;
import java.util.Optional;

/** The known people, as face embeddings, that captured faces are matched against. Thread-safe. */
public interface Gallery {

    /** A gallery entry: a person and the embeddings of the faces in their photos (unit vectors). */
    record Person(String id, String name, List<float[]> embeddings) {
        public Person {
            embeddings = List.copyOf(embeddings);
        }
    }

    /** The best match for {@code embedding}: the person with the highest cosine similarity to any of their photos. */
    record Match(String personId, String name, double similarity) {
    }

    /** Adds the person, or replaces everything known about them in one step. */
    void put(Person person);

    /** Forgets the person (nothing happens if unknown). */
    void remove(String personId);

    /** The most similar person, whatever the similarity; empty when the gallery is empty. */
    Optional<Match> best(float[] embedding);

    int size();
}
