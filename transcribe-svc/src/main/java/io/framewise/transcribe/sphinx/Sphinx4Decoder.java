package io.framewise.transcribe.sphinx;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.util.TimeFrame;
import java.io.IOException;
import java.io.InputStream;

/**
 * One Sphinx4 decoder with its models loaded. Sphinx4's own {@code StreamSpeechRecognizer} allocates (loads the
 * acoustic model, compiles the lexicon tree: ~5 s) at every start and frees at every stop; this one allocates
 * once and is then fed one stream after another. Not thread-safe: one stream at a time.
 */
final class Sphinx4Decoder extends AbstractSpeechRecognizer {

    private boolean allocated;

    Sphinx4Decoder(Context context) throws IOException {
        super(context);
    }

    /** Points the front end at a new stream; its times restart at 0. */
    void start(InputStream pcm) {
        if (!allocated) {
            recognizer.allocate();
            allocated = true;
        }
        context.setSpeechSource(pcm, TimeFrame.INFINITE);
    }

    /** The next utterance (a stretch between the front end's own speech/non-speech marks), or null at the end. */
    SpeechResult next() {
        return getResult();
    }
}
