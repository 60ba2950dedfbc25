package io.framewise.testkit.eval;

import io.framewise.testkit.eval.PackageFiles.Package;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The real photos the shot evaluation videos are cut from, and the real footage it plays as it is, all taken out of
 * Debian packages (pinned by version and SHA-256, through {@link PackageFiles}). Where a photo is given as a
 * {@link ShotSetPhotos.Source}, another set (issue 14's {@code EvalPhotos}) can replace this one: {@link #SOURCE} is
 * the one line to change.
 */
public final class ShotSetPhotos {

    /** Where the evaluation videos take their photos from. */
    public static final Source SOURCE = ShotSetPhotos::packaged;

    static final Package DARKNET = Package.debian("darknet", "0.0.0+git20180914.61c9d02e-2+b4");
    static final Package OPENCV_DOC = Package.debian("opencv-doc", "4.6.0+dfsg-12");
    static final Package SKIMAGE = Package.debian("python3-skimage", "0.19.3-8");

    private static final String DARKNET_DATA = "usr/share/darknet/data/";
    private static final String OPENCV_DATA = "usr/share/doc/opencv-doc/examples/data/";
    private static final String OPENCV_TEXT = "usr/share/doc/opencv-doc/examples/text/";
    private static final String SKIMAGE_DATA = "usr/lib/python3/dist-packages/skimage/data/";

    /** A photo by its short name, as a file on this machine. */
    @FunctionalInterface
    public interface Source {
        Path photo(String name);
    }

    /**
     * One pinned file: its short name, what it shows (written by looking at it), its package and path, its hash.
     * Licences are those of the packages' copyright files: darknet GPL-3.0+ or MIT or WTFPL, opencv-doc
     * Apache-2.0 AND BSD-3-Clause, python3-skimage BSD-3-Clause (its data: public domain or CC0 photos).
     */
    record Pinned(String name, String shows, Package pkg, String path, String sha256) {
    }

    static final List<Pinned> PHOTOS = List.of(
            new Pinned("dog", "dog, bicycle and car on a porch, 4:3", DARKNET, DARKNET_DATA + "dog.jpg",
                    "5a9522051c3cec2bbd2f6323fccba32e8fbf3ddcc2b3e2fd46b04c720bc6f866"),
            new Pinned("eagle", "eagle on a river bank, 3:2", DARKNET, DARKNET_DATA + "eagle.jpg",
                    "f95f57297fd51a6c5ddceb5ed6916fa759d1d65f402fee34c05b31a9608755c0"),
            new Pinned("giraffe", "giraffe and zebra in green bush, square", DARKNET, DARKNET_DATA + "giraffe.jpg",
                    "00dc48a9b2af8a1fe4c4b79319726591f1033c7e1150f21e7577a79f3b6659f1"),
            new Pinned("horses", "horses on a dry field under a grey sky, 3:2", DARKNET, DARKNET_DATA + "horses.jpg",
                    "c8f0a677a1356569e2ce71d2fa88c1030c0ae57ecf5e14170e02d9a86a20dcb4"),
            new Pinned("kite", "beach with kites and people, 3:2, large", DARKNET, DARKNET_DATA + "kite.jpg",
                    "87410f52f79cc256c3949b48a3548632c07c8e9943468ef8caa6250f6643be8e"),
            new Pinned("person", "person, dog and white horse on a dry field (same tones as horses), 3:2", DARKNET,
                    DARKNET_DATA + "person.jpg", "cdcbab947e46110fc2b77784ac54ddbbab2640f1e44cb5e91fc8984a9793a7d1"),
            new Pinned("aero1", "aerial view of a town and river, 4:3", OPENCV_DOC, OPENCV_DATA + "aero1.jpg",
                    "d9a69191f6e3642ea361bc3c62e677b2f40fe6534b78da540f4155e0734b59ef"),
            new Pinned("aero3", "aerial view of a town by the sea (same tones as aero1), 4:3", OPENCV_DOC,
                    OPENCV_DATA + "aero3.jpg", "1c407146f8762b3b14a7953ff9bc4c01ed64c467d7277122e769bf7e816017a4"),
            new Pinned("apple", "a red apple on green, square", OPENCV_DOC, OPENCV_DATA + "apple.jpg",
                    "e86879de3d9a807dedc742a8f464f39e6b74bbb531a1fba3583155d94997d1cd"),
            new Pinned("orange", "an orange on green (same tones as apple), square", OPENCV_DOC,
                    OPENCV_DATA + "orange.jpg", "152c20d2f380ac985de25e474e1a5f06ed34b932191342099b8272a63a15a079"),
            new Pinned("building", "white hotel building and lawn", OPENCV_DOC, OPENCV_DATA + "building.jpg",
                    "742a1baad62ac82e91e718e77eedf7e85c2eddc4badfb8c87c6cbc86c45a8b07"),
            new Pinned("butterfly", "black and white butterfly on a green leaf", OPENCV_DOC,
                    OPENCV_DATA + "butterfly.jpg", "34a99716b78ded10eae87b4880de739d3e68cc7dd1a96812bb28f469d5eeaea8"),
            new Pinned("fruits", "cut orange, lime, kiwi and lemon", OPENCV_DOC, OPENCV_DATA + "fruits.jpg",
                    "9c031d80a1c52da5eca790db896baffec6a7e52bf786cdb7bbfca5c7f880e6a1"),
            new Pinned("home", "yellow palace under a blue sky with birds, 4:3", OPENCV_DOC, OPENCV_DATA + "home.jpg",
                    "23b8cf46a1965d0ec33459b875aed43187802834db49e0daa9fa2cc842e9d8d2"),
            new Pinned("leuven", "brick houses along a cobbled street, 4:3", OPENCV_DOC, OPENCV_DATA + "leuvenA.jpg",
                    "b2977cdbd9fb3f94dadd6f76cf586d145676deb8a22b5f0f42149d21c058c09f"),
            new Pinned("messi", "footballer kicking a ball, crowd behind", OPENCV_DOC, OPENCV_DATA + "messi5.jpg",
                    "1d570e49654e84c7a943918537bd9e5e1ef82920152e147c834006e235be97c9"),
            new Pinned("squirrel", "squirrel on a branch among green leaves", OPENCV_DOC,
                    OPENCV_DATA + "squirrel_cls.jpg", "20bb6e8ae96918a36c9886b6d48e54eedeb3948591e1485c206bc1dc60c8dc8b"),
            new Pinned("car", "rear of a grey car in traffic, 5:4", OPENCV_DOC, OPENCV_DATA + "licenseplate_motion.jpg",
                    "ea6fa9cea75df91bec656d1d3b903111a9c0708c6a3b88f405a5156de38ff9d6"),
            new Pinned("parking-sign", "no-parking sign, a car and people, 4:3", OPENCV_DOC,
                    OPENCV_TEXT + "scenetext01.jpg", "7f3041a7019ab4d33d2452bc757d8c4f38616bfde71431e12f7ec370d7b2018e"),
            new Pinned("road-sign", "green road sign under dark trees, 4:3, large", OPENCV_DOC,
                    OPENCV_TEXT + "scenetext02.jpg", "d4295bff9f348012f91a2cf745753124f85041fe3c3717146c6759c4cd977211"),
            new Pinned("barrier", "yellow barrier on a grey pavement, 4:3, large", OPENCV_DOC,
                    OPENCV_TEXT + "scenetext05.jpg", "63985ac1a9989a8320605d5be0ec285af0c6304a78cc9cc5de6c2c7c435f7c0b"),
            new Pinned("pub", "pub front and houses (same tones as leuven), 4:3", OPENCV_DOC,
                    OPENCV_TEXT + "scenetext06.jpg", "e4d64f10bbfb27b2c5980cb048fd0abe20dd74868ba5460298de473ced53b518"),
            new Pinned("astronaut", "astronaut in an orange suit, flag and shuttle, square", SKIMAGE,
                    SKIMAGE_DATA + "astronaut.png", "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5"),
            new Pinned("cat", "a tabby cat's face", SKIMAGE, SKIMAGE_DATA + "chelsea.png",
                    "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb"),
            new Pinned("coffee", "a cup of coffee on a wooden table, 3:2", SKIMAGE, SKIMAGE_DATA + "coffee.png",
                    "cc02f8ca188b167c775a7101b5d767d1e71792cf762c33d6fa15a4599b5a8de7"),
            new Pinned("motorcycle", "red motorcycle in a garage", SKIMAGE, SKIMAGE_DATA + "motorcycle_left.png",
                    "db18e9c4157617403c3537a6ba355dfeafe9a7eabb6b9b94cb33f6525dd49179"),
            new Pinned("rocket", "rocket on its launch pad at dusk, 3:2", SKIMAGE, SKIMAGE_DATA + "rocket.jpg",
                    "c2dd0de7c538df8d111e479619b129464d0269d0ae5fd18ca91d33a7fdfea95c"));

    /** Real footage played as it is shipped. */
    static final List<Pinned> FOOTAGE = List.of(
            new Pinned("vtest", "fixed camera over a lawn and a path, people walking; 768x576 10 fps, 79.5 s, no cut",
                    OPENCV_DOC, OPENCV_DATA + "vtest.avi",
                    "45cddc9490be69345cbdab64ca583be65987e864ca408038e648db99e10516cf"),
            new Pinned("tree", "camera on a tree in the wind, a hand passes in front; 320x240 15 fps, 29.6 s, no cut",
                    OPENCV_DOC, OPENCV_DATA + "tree.avi", "4666099d0f704e310047b2f0a5ec9f936cb76a7271de9a2e70a0c57f82ac82dc"),
            new Pinned("megamind", "animated film excerpt, dark restaurant, hard cuts at frames 98, 154 and 200; "
                    + "720x528 23.976 fps, 11.3 s", OPENCV_DOC, OPENCV_DATA + "Megamind.avi", "0057387cb7e75c8fd1663b62cfdc51fa53f527795d0fe3c1fea2fd159d3130b5"));

    private ShotSetPhotos() {
    }

    /** A photo of {@link #PHOTOS} by its short name, taken out of its package. */
    public static Path packaged(String name) {
        return file(PHOTOS, name);
    }

    /** A clip of {@link #FOOTAGE} by its short name, taken out of its package. */
    public static Path footage(String name) {
        return file(FOOTAGE, name);
    }

    private static Path file(List<Pinned> pinned, String name) {
        Pinned photo = pinned.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pinned file " + name));
        try {
            return PackageFiles.file(photo.pkg(), photo.path(), photo.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
