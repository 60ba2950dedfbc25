package io.framewise.label.eval;

import io.framewise.events.Label;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a list of outcomes: main object found, top label right, false labels per photo, per-class recall and
 * precision (per photo: a class is found when it is in the truth and labelled), and how often labels in each
 * confidence bin are right.
 */
final class LabelMetrics {

    /** Confidence bins of the calibration table, percent: [from, to). The last one includes 100. */
    static final int[][] BINS = {{20, 35}, {35, 50}, {50, 60}, {60, 70}, {70, 80}, {80, 90}, {90, 101}};
    /** The first bin from 50 % on. */
    static final int FIRST_AT_FIFTY = 2;

    final int photos;
    final int withMain;
    final int mainFound;
    final int topRight;
    final long labels;
    final long falseLabels;
    final long cpuNanos;
    /** Per class: [in truth, found (in truth and labelled), labelled]. */
    final Map<String, int[]> perClass = new TreeMap<>();
    /** Per bin: [labels, right]. */
    final int[][] bins = new int[BINS.length][2];

    LabelMetrics(List<Outcome> outcomes) {
        int main = 0, found = 0, top = 0;
        long all = 0, wrong = 0, cpu = 0;
        for (Outcome o : outcomes) {
            if (o.photo().hasMain()) {
                main++;
                if (o.mainFound()) found++;
                if (o.topRight()) top++;
            }
            all += o.labels().size();
            wrong += o.falseLabels();
            cpu += o.cpuNanos();
            for (String truth : o.photo().truth()) perClass.computeIfAbsent(truth, k -> new int[3])[0]++;
            for (Label l : o.labels()) {
                int[] c = perClass.computeIfAbsent(l.name(), k -> new int[3]);
                c[2]++;
                if (o.right(l)) c[1]++;
                for (int b = 0; b < BINS.length; b++) {
                    if (l.confidence() >= BINS[b][0] && l.confidence() < BINS[b][1]) {
                        bins[b][0]++;
                        if (o.right(l)) bins[b][1]++;
                    }
                }
            }
        }
        this.photos = outcomes.size();
        this.withMain = main;
        this.mainFound = found;
        this.topRight = top;
        this.labels = all;
        this.falseLabels = wrong;
        this.cpuNanos = cpu;
    }

    double mainFoundRate() {
        return rate(mainFound, withMain);
    }

    double topRightRate() {
        return rate(topRight, withMain);
    }

    double falsePerPhoto() {
        return photos == 0 ? 0 : (double) falseLabels / photos;
    }

    double cpuMillisPerCapture() {
        return photos == 0 ? 0 : cpuNanos / 1e6 / photos;
    }

    /** Labels given at &ge; 50 %: [count, right]. */
    int[] atLeastFifty() {
        int[] sum = new int[2];
        for (int b = FIRST_AT_FIFTY; b < BINS.length; b++) {
            sum[0] += bins[b][0];
            sum[1] += bins[b][1];
        }
        return sum;
    }

    static double rate(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
