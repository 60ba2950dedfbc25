package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartLintTest {

    @Test
    void lintStrictPasses() {
        var result = Chart.lint();

        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
        // Strict lint fails on warnings; informational notes (such as "icon is recommended") may remain.
        assertThat(result.getMessages()).allSatisfy(m -> assertThat(m).startsWith("[INFO]"));
    }
}
