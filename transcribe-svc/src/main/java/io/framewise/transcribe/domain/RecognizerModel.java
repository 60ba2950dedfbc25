package io.framewise.transcribe.domain;

/**
 * What made a transcript, so a later re-analysis can say what changed: the model's name, the package and version
 * it came from, and a SHA-256 over its files (their bytes one after another, in a fixed order).
 */
public record RecognizerModel(String name, String version, String sha256) {
}
