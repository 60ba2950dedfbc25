package io.framewise.status.repository;

import java.util.StringJoiner;

/**
 * The {@code values (…), (…)} list of a multi-row statement with named parameters {@code :c0_0, :c1_0, …}
 * (column, row): one statement and one round trip for a whole batch instead of one per row.
 */
final class MultiRow {

    private MultiRow() {
    }

    /** {@code (:c0_0, :c1_0, now()), (:c0_1, :c1_1, now())} for columns=2, rows=2, constant tail "now()". */
    static String values(int rows, int columns, String... constantTail) {
        StringJoiner all = new StringJoiner(", ");
        for (int row = 0; row < rows; row++) {
            StringJoiner one = new StringJoiner(", ", "(", ")");
            for (int column = 0; column < columns; column++) {
                one.add(":" + name(column, row));
            }
            for (String constant : constantTail) {
                one.add(constant);
            }
            all.add(one.toString());
        }
        return all.toString();
    }

    static String name(int column, int row) {
        return "c" + column + "_" + row;
    }
}
