package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryBannerTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void showsTheTotalAndEveryProcessShareInOrder() {
        Map<String, Long> pss = new LinkedHashMap<>();
        pss.put("launcher (Kafka + S3 API)", 300 * MIB);
        pss.put("postgres", 20 * MIB);
        pss.put("status-svc", 150 * MIB);
        pss.put("session-svc", 110 * MIB);
        pss.put("gif-svc", 120 * MIB);
        Map<String, Long> rss = Map.of("launcher (Kafka + S3 API)", 320 * MIB, "postgres", 40 * MIB,
                "status-svc", 190 * MIB, "session-svc", 150 * MIB, "gif-svc", 160 * MIB);

        String banner = MemoryBanner.of(pss, rss);

        assertThat(banner).startsWith("  memory:   700 MiB in all").contains("860 MiB resident");
        assertThat(banner.lines().skip(1).toList()).containsExactly(
                "            launcher (Kafka + S3 API) 300, postgres 20, status-svc 150, session-svc 110",
                "            gif-svc 120");
    }
}
