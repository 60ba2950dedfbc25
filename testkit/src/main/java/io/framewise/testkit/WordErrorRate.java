package io.framewise.testkit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: the fewest word substitutions, deletions and insertions that turn the hypothesis into the
 * reference (word-level Levenshtein), divided by the reference's word count. Both sides are normalised first:
 * lower case, accents and punctuation dropped (apostrophes inside words kept: "don't"), digits kept. 0 is
 * perfect; it can exceed 1 when the hypothesis adds many words.
 */
public final class WordErrorRate {

    private WordErrorRate() {
    }

    public static double of(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        if (ref.isEmpty()) {
            return hyp.isEmpty() ? 0 : Double.POSITIVE_INFINITY;
        }
        return (double) distance(ref, hyp) / ref.size();
    }

    /** The edit distance in words. */
    public static int distance(List<String> reference, List<String> hypothesis) {
        int[] previous = new int[hypothesis.size() + 1];
        int[] current = new int[hypothesis.size() + 1];
        for (int j = 0; j <= hypothesis.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hypothesis.size(); j++) {
                int substitution = previous[j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[hypothesis.size()];
    }

    /** The normalised words of a text. */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9']+", " ")
                .replaceAll("(^|\\s)'+|'+(\\s|$)", " ")
                .trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }
}
