package io.framewise.testkit.eval;

import java.io.IOException;
import java.util.Optional;

/**
 * One item of the speech evaluation set: a video whose sound is a known text, spoken by a synthetic voice at a
 * target rate over a noise condition, or recorded human speech shipped with its transcript.
 *
 * @param id            stable name, e.g. {@code h03a-espeak-us-f-160-pink20}
 * @param split         dev (settings may be tuned on it) or test (reported, never tuned on)
 * @param ci            part of the small {@code ci} subset
 * @param speaker       who speaks: a voice's label, or the recording's source
 * @param voice         the synthetic voice, empty for recorded speech
 * @param wordsPerMinute the target rate of a synthetic voice; 0 for recorded speech
 * @param noise         what plays under the speech
 * @param reference     the words spoken (the ground truth)
 * @param source        makes the clip
 */
public record EvalSpeechItem(String id, EvalSpeech.Split split, boolean ci, String speaker,
                             Optional<EvalSpeechVoice> voice, int wordsPerMinute, EvalSpeechNoise noise,
                             String reference, Source source) {

    public boolean recorded() {
        return voice.isEmpty();
    }

    /** The clip, made on first use and cached across builds ({@link EvalSpeechClips}). */
    public EvalSpeechClips.Clip clip() throws IOException {
        return source.clip(this);
    }

    /** Why this item cannot be made on this machine (a missing program, an unreachable package), if it cannot. */
    public Optional<String> unavailable() {
        return source.unavailable();
    }

    /** How an item's clip is made. */
    public interface Source {

        EvalSpeechClips.Clip clip(EvalSpeechItem item) throws IOException;

        Optional<String> unavailable();
    }
}
