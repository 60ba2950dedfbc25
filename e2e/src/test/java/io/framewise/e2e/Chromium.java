package io.framewise.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver: nothing is downloaded (Selenium Manager is
 * never asked, as both paths are given). {@code -Dframewise.chromium} and {@code -Dframewise.chromedriver} point
 * elsewhere.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("framewise.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("framewise.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips the calling test, saying why, where the browser or its driver is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), () -> "browser test skipped: "
                + BROWSER + " or " + DRIVER + " is not installed (apt-get install chromium chromium-driver)");
    }

    /**
     * A fresh headless browser with an empty profile in {@code profile}; the flags keep Chromium off the network
     * (a closed network here refuses its background connections) and let it run as root in a container.
     */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2400");
        // The page's console: a script error or a refused request fails the test.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
