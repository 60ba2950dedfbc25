package io.framewise.status.service;

import io.framewise.events.Face;
import io.framewise.events.api.PersonSeen;
import io.framewise.events.api.PersonSeen.Appearance;
import io.framewise.status.domain.Capture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known people of a video with their timecodes, gathered from the matched faces of its captures: what
 * {@code people.json} holds (S3's celebrity list, in our own shape) and what search by person uses.
 */
public final class PeopleSeen {

    private PeopleSeen() {
    }

    /** People in order of first appearance; a person matched twice in one capture counts once there. */
    public static List<PersonSeen> of(List<Capture> captures) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Appearance>> seen = new LinkedHashMap<>();
        captures.stream().sorted(Comparator.comparingLong((Capture c) -> c.timeMs).thenComparingInt(c -> c.idx))
                .forEach(capture -> {
                    for (Face face : capture.facesOrNone()) {
                        if (!face.isMatched()) {
                            continue;
                        }
                        names.putIfAbsent(face.personId(), face.person());
                        List<Appearance> list = seen.computeIfAbsent(face.personId(), id -> new ArrayList<>());
                        if (list.isEmpty() || list.getLast().index() != capture.idx) {
                            list.add(new Appearance(capture.idx, capture.timeMs, capture.timeMs / 1000.0,
                                    face.similarity(), face.box()));
                        }
                    }
                });
        return seen.entrySet().stream()
                .map(e -> new PersonSeen(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingLong(PersonSeen::firstMs))
                .toList();
    }

    /** The {@code people.json} document. */
    public static Map<String, Object> document(String videoId, List<PersonSeen> people) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("videoId", videoId);
        doc.put("people", people);
        return doc;
    }
}
