package io.framewise.testkit.eval;

import static io.framewise.testkit.eval.ShotSetRecipe.Encoding.GOP_12_FRAMES;
import static io.framewise.testkit.eval.ShotSetRecipe.Encoding.GOP_2S;
import static io.framewise.testkit.eval.ShotSetRecipe.Encoding.KEYFRAMES_AT_CUTS;
import static io.framewise.testkit.eval.ShotSetRecipe.Encoding.X264_DEFAULTS;
import static io.framewise.testkit.eval.ShotSetRecipe.Motion.PAN;
import static io.framewise.testkit.eval.ShotSetRecipe.Motion.SHAKE;
import static io.framewise.testkit.eval.ShotSetRecipe.Motion.ZOOM;
import static io.framewise.testkit.eval.ShotSetVideo.Split.DEV;
import static io.framewise.testkit.eval.ShotSetVideo.Split.TEST;

import io.framewise.testkit.eval.ShotSetRecipe.Encoding;
import io.framewise.testkit.eval.ShotSetRecipe.Segment;
import io.framewise.testkit.eval.ShotSetVideo.Kind;
import io.framewise.testkit.eval.ShotSetVideo.Split;
import io.framewise.testkit.eval.ShotSetVideo.Transition;
import io.framewise.testkit.eval.ShotSetVideo.TrueShot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The shot evaluation set: videos made from real photos (hard cuts between photos of mixed aspect letterboxed into
 * 16:9, long and short groups of pictures, keyframes at the cuts and off them, short shots intercut between two
 * keyframes that show the same picture, photos of similar colours, slow
 * pans and zooms, a hand-held shake, cross-fades and fades through black) and real footage shipped in a Debian
 * package, each with its ground truth. Every kind has a dev video (to tune on) and a held-out test video made of
 * other photos; {@link #ci()} is a small subset that is made and scanned in a minute or two.
 */
public final class ShotSet {

    private static final Set<String> CI = Set.of("test-cuts-720-keyframes-at-cuts", "test-cuts-720-gop2s",
            "test-intercut-gop2s",
            "test-crossfades", "test-hand-held", "megamind");

    private ShotSet() {
    }

    /** Every video, made (or found in the cache) now. */
    public static List<ShotSetVideo> full() {
        return made(recipes(), footage());
    }

    /** A few videos of the main kinds, for CI. */
    public static List<ShotSetVideo> ci() {
        return made(recipes().stream().filter(r -> CI.contains(r.name())).toList(),
                footage().stream().filter(v -> CI.contains(v.name())).toList());
    }

    /** {@code full} or {@code ci}, as the system property {@code eval.set} says. */
    public static List<ShotSetVideo> of(String set) {
        return switch (set) {
            case "full" -> full();
            case "ci" -> ci();
            default -> throw new IllegalArgumentException("eval.set must be ci or full, was " + set);
        };
    }

    static List<ShotSetRecipe> recipes() {
        List<ShotSetRecipe> recipes = new ArrayList<>();
        recipes.add(stills("dev-cuts-720-keyframes-at-cuts", Kind.LETTERBOXED_CUTS, DEV, 1280, KEYFRAMES_AT_CUTS,
                "dog 4, eagle 4, giraffe 4, horses 4, astronaut 4, cat 4, coffee 4"));
        recipes.add(stills("test-cuts-720-keyframes-at-cuts", Kind.LETTERBOXED_CUTS, TEST, 1280, KEYFRAMES_AT_CUTS,
                "apple 4, kite 4, fruits 4, squirrel 4, motorcycle 4, home 4, car 4"));
        recipes.add(stills("dev-cuts-1080-x264-defaults", Kind.LONG_GOP, DEV, 1920, X264_DEFAULTS,
                "kite 3, apple 5.2, messi 2.4, building 6, fruits 3.6, rocket 4.4, car 2.8, home 5"));
        recipes.add(stills("test-cuts-1080-x264-defaults", Kind.LONG_GOP, TEST, 1920, X264_DEFAULTS,
                "leuven 5.6, giraffe 2.8, road-sign 4, cat 3.2, barrier 6, dog 2.4, orange 4.8, eagle 3.6"));
        recipes.add(stills("dev-cuts-720-gop2s", Kind.FIXED_GOP, DEV, 1280, GOP_2S,
                "squirrel 2.6, parking-sign 1.4, butterfly 3.32, pub 1.2, motorcycle 2.2, leuven 4.12, barrier 1.6,"
                        + " eagle 3"));
        recipes.add(stills("test-cuts-720-gop2s", Kind.FIXED_GOP, TEST, 1280, GOP_2S,
                "coffee 3.4, horses 1.32, astronaut 2.72, kite 1.2, building 3.8, rocket 1.52, messi 2.32,"
                        + " dog 2.8"));
        recipes.add(stills("dev-cuts-720-short-gop", Kind.SHORT_GOP, DEV, 1280, GOP_12_FRAMES,
                "home 2.2, cat 1.12, road-sign 3.4, fruits 1.6, apple 2.52, car 1.2, giraffe 3"));
        recipes.add(stills("test-cuts-720-short-gop", Kind.SHORT_GOP, TEST, 1280, GOP_12_FRAMES,
                "barrier 2.4, butterfly 1.28, person 3.2, pub 1.6, eagle 2.72, parking-sign 1.12, squirrel 3"));
        recipes.add(stills("dev-intercut-gop2s", Kind.INTERCUT, DEV, 1280, GOP_2S,
                "messi 4.4, cat 1, messi 2.6, car 4.4, fruits 1.2, car 2.4"));
        recipes.add(stills("test-intercut-gop2s", Kind.INTERCUT, TEST, 1280, GOP_2S,
                "kite 2.4, dog 1.2, kite 3.2, horses 3.4, giraffe 1, horses 2.8"));
        recipes.add(stills("dev-similar-colours", Kind.SIMILAR_COLOURS, DEV, 1280, GOP_2S,
                "horses 3, person 3, horses 2.4, aero1 3.2, aero3 3, aero1 2.6"));
        recipes.add(stills("test-similar-colours", Kind.SIMILAR_COLOURS, TEST, 1280, GOP_2S,
                "apple 3, orange 2.8, apple 2.4, leuven 3.2, pub 3, leuven 2.6"));
        recipes.add(new ShotSetRecipe("dev-pan-zoom", Kind.PAN_ZOOM, DEV, 1280, 720, List.of(
                Segment.moving("kite", 8, PAN), Segment.moving("road-sign", 8, ZOOM)), GOP_2S));
        recipes.add(new ShotSetRecipe("test-pan-zoom", Kind.PAN_ZOOM, TEST, 1280, 720, List.of(
                Segment.moving("barrier", 8, ZOOM), Segment.moving("building", 8, PAN),
                Segment.moving("coffee", 6, ZOOM)), X264_DEFAULTS));
        recipes.add(new ShotSetRecipe("dev-hand-held", Kind.HAND_HELD, DEV, 1280, 720, List.of(
                Segment.moving("dog", 8, SHAKE), Segment.moving("pub", 8, SHAKE)), GOP_2S));
        recipes.add(new ShotSetRecipe("test-hand-held", Kind.HAND_HELD, TEST, 1280, 720, List.of(
                Segment.moving("messi", 8, SHAKE), Segment.moving("leuven", 10, SHAKE)), X264_DEFAULTS));
        recipes.add(joined("dev-crossfades", Kind.CROSSFADE, DEV, Transition.CROSSFADE,
                "giraffe 3, messi 3, rocket 3, cat 3, home 3", 0.52, 1.0, 1.52, 0.8));
        recipes.add(joined("test-crossfades", Kind.CROSSFADE, TEST, Transition.CROSSFADE,
                "eagle 3, astronaut 3, building 3, fruits 3, kite 3", 1.0, 0.52, 1.2, 1.52));
        recipes.add(joined("dev-fades-through-black", Kind.FADE_BLACK, DEV, Transition.FADE_BLACK,
                "coffee 3, horses 3, squirrel 3, car 3", 1.0, 1.52, 0.52));
        recipes.add(joined("test-fades-through-black", Kind.FADE_BLACK, TEST, Transition.FADE_BLACK,
                "dog 3, road-sign 3, apple 3, messi 3", 0.8, 1.2, 1.52));
        return recipes;
    }

    /** Real footage from opencv-doc, its shots written down by looking at it frame by frame. */
    static List<ShotSetVideo> footage() {
        String asShipped = "as shipped";
        return List.of(
                new ShotSetVideo("tree", Kind.CAMERA, DEV, null, 29_600, oneShot(29_600), asShipped + " (Cinepak AVI)"),
                new ShotSetVideo("vtest", Kind.CAMERA, TEST, null, 79_500, oneShot(79_500),
                        asShipped + " (MS-MPEG4v3 AVI)"),
                // 2997/125 fps; the first picture is black; the cuts are before its pictures 98, 154 and 200, which
                // the AVI stamps 4.129, 6.464 and 8.383 s (its first picture at 0.042 s).
                new ShotSetVideo("megamind", Kind.FILM, TEST, null, 11_261, cutsAt(11_261, 4_129, 6_464, 8_383),
                        asShipped + " (MPEG-4 part 2 AVI)"));
    }

    private static List<ShotSetVideo> made(List<ShotSetRecipe> recipes, List<ShotSetVideo> footage) {
        List<ShotSetVideo> videos = new ArrayList<>();
        try {
            for (ShotSetRecipe recipe : recipes) {
                videos.add(new ShotSetVideo(recipe.name(), recipe.kind(), recipe.split(),
                        ShotSetRenderer.render(recipe, ShotSetPhotos.SOURCE), recipe.durationMs(), recipe.truth(),
                        ShotSetRenderer.encoding(recipe)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the shot evaluation set", e);
        }
        for (ShotSetVideo clip : footage) {
            videos.add(new ShotSetVideo(clip.name(), clip.kind(), clip.split(), ShotSetPhotos.footage(clip.name()),
                    clip.durationMs(), clip.shots(), clip.encoding()));
        }
        return videos;
    }

    /** Still photos joined by hard cuts, 16:9: "name seconds, name seconds, …". */
    private static ShotSetRecipe stills(String name, Kind kind, Split split, int width, Encoding encoding,
                                        String shots) {
        List<Segment> segments = Arrays.stream(shots.split(",\\s*")).map(shot -> {
            String[] parts = shot.trim().split(" ");
            return Segment.still(parts[0], Double.parseDouble(parts[1]));
        }).toList();
        return new ShotSetRecipe(name, kind, split, width, width * 9 / 16, segments, encoding);
    }

    /** Still photos at 1280x720, a keyframe every 2 s, joined by transitions of the given lengths. */
    private static ShotSetRecipe joined(String name, Kind kind, Split split, Transition transition, String shots,
                                        double... transitionSeconds) {
        List<Segment> stills = stills(name, kind, split, 1280, GOP_2S, shots).segments();
        List<Segment> segments = new ArrayList<>(List.of(stills.getFirst()));
        for (int i = 1; i < stills.size(); i++) {
            segments.add(stills.get(i).joinedBy(transition, transitionSeconds[i - 1]));
        }
        return new ShotSetRecipe(name, kind, split, 1280, 720, segments, GOP_2S);
    }

    private static List<TrueShot> oneShot(long durationMs) {
        return List.of(new TrueShot(0, durationMs, 0, durationMs, Transition.START));
    }

    private static List<TrueShot> cutsAt(long durationMs, long... cutsMs) {
        List<TrueShot> shots = new ArrayList<>();
        long start = 0;
        for (int i = 0; i <= cutsMs.length; i++) {
            long end = i < cutsMs.length ? cutsMs[i] : durationMs;
            shots.add(new TrueShot(start, end, start, end, i == 0 ? Transition.START : Transition.CUT));
            start = end;
        }
        return shots;
    }
}
