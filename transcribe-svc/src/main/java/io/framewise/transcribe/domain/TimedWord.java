package io.framewise.transcribe.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recognised word and where it is in the audio. {@code confidence} is the recogniser's posterior
 * probability 0..1 where it gives one, else absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimedWord(String word, long startMs, long endMs, Double confidence) {

    public TimedWord {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("a word must have text");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("bad word timing " + startMs + ".." + endMs + " for " + word);
        }
    }
}
