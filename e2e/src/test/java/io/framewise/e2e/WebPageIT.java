package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.testkit.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The gateway's web page in a real headless Chromium against the real stack, which needs an API key (asked for once
 * by the page, then kept by the browser; the live stages come over a stream a short-lived token opens): a person
 * uploads a clip, watches
 * its stages go live to READY, sees the preview, the captures on the timeline and the labels, finds the video in
 * the gallery, searches for it and deletes it; and a file that is no video, dropped on the page, fails with its
 * reason shown.
 * Screenshots go to {@code e2e/target/screenshots/}.
 */
class WebPageIT {

    private static final Duration PROCESSING = Duration.ofMinutes(2);

    @TempDir
    Path scratch;

    private final Gateway gateway = new Gateway(RunningStack.get().gatewayUrl());
    private ChromeDriver browser;
    private WebPage page;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start(scratch.resolve("profile"));
        page = new WebPage(browser, RunningStack.get().gatewayUrl() + "/",
                RunningStack.projectRoot().resolve("e2e/target/screenshots"));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            page.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    @Test
    void aPersonUploadsAClipWatchesItGetReadyFindsItAndDeletesIt() throws Exception {
        String name = "web-" + UUID.randomUUID().toString().substring(0, 8) + ".mp4";
        Path clip = Files.copy(TestVideos.scenesWithPhotos(), scratch.resolve(name));
        assertThat(page.open(RunningStack.API_KEY)).as("the page asks for the key the first time").isTrue();
        assertThat(page.open(RunningStack.API_KEY)).as("and keeps it: not asked again").isFalse();
        assertThat(page.focusAfterTabs(2)).as("the file picker is the first stop after the skip link")
                .isEqualTo("file-input");

        page.chooseFile(clip);
        page.awaitUploadComplete();
        assertThat(page.uploadPercentText()).isEqualTo("100 %");

        List<Map<String, String>> stagesSeen = page.watchStagesUntilFinal(PROCESSING);
        assertThat(stagesSeen).as("the stages moved while the page watched: %s", stagesSeen)
                .anySatisfy(stages -> assertThat(stages).containsValue("running"))
                .last().satisfies(stages -> assertThat(stages).containsOnlyKeys("upload", "session", "preview",
                        "captures", "labels").allSatisfy((stage, state) -> assertThat(state).isEqualTo("done")));
        page.awaitStatus(name + " is ready.");
        assertThat(page.videoHeading()).isEqualTo(name + " — ready");

        WebPage.LoadedImage preview = page.awaitPreview();
        assertThat(preview.naturalWidth()).isPositive();
        assertThat(preview.source()).as("Chromium takes the WebP").contains("preview.webp");

        List<WebPage.Capture> captures = page.awaitCaptures();
        assertThat(captures).hasSizeGreaterThanOrEqualTo(2);
        assertThat(captures).extracting(WebPage.Capture::time).isSorted();
        assertThat(captures).extracting(WebPage.Capture::markerX).as("markers placed by time").isSorted()
                .doesNotHaveDuplicates();
        assertThat(captures).anySatisfy(capture -> assertThat(capture.labels()).isNotEmpty());
        assertThat(page.allLabels()).contains("Dog", "Horse", "Person");
        page.screenshot("framewise-page");

        String id = idOfTheOnlyVideoNamed(name);
        page.awaitGalleryCard(id);
        page.search("horse", "");
        assertThat(page.galleryIds()).contains(id);
        assertThat(page.gallerySummary()).contains("labelled “horse”");
        page.search("", name.substring(0, 10));
        assertThat(page.galleryIds()).containsExactly(id);
        page.screenshot("gallery-search");

        page.deleteFromGallery(id);
        page.awaitStatus(name + " was deleted.");
        assertThat(page.galleryIds()).doesNotContain(id);
        assertThat(gateway.videoStatusCode(id)).isEqualTo(404);
        assertThat(page.consoleErrors()).as("errors in the browser's console").isEmpty();
    }

    @Test
    void aDroppedFileThatIsNotAVideoFailsAndThePageSaysWhy() throws Exception {
        String name = "notes-" + UUID.randomUUID().toString().substring(0, 8) + ".mp4";
        Path notAVideo = Files.copy(TestVideos.broken(TestVideos.Broken.TEXT), scratch.resolve(name));
        String reason = "not a readable video: invalid data found when processing input";
        page.open(RunningStack.API_KEY);

        page.dropFile(notAVideo);
        page.watchStagesUntilFinal(PROCESSING);
        page.awaitStatus(name + " failed: " + reason + ".");
        assertThat(page.stageStates()).containsEntry("upload", "done").containsEntry("session", "failed");
        assertThat(page.stageDetail("session")).isEqualTo(reason);

        page.open(RunningStack.API_KEY);
        page.openFromGallery(idOfTheOnlyVideoNamed(name));
        page.awaitStageState("session", "failed");
        assertThat(page.videoHeading()).isEqualTo(name + " — failed");
        assertThat(page.stageDetail("session")).isEqualTo(reason);
        page.screenshot("failed-video");
        assertThat(page.consoleErrors()).as("errors in the browser's console").isEmpty();
    }

    private String idOfTheOnlyVideoNamed(String name) throws Exception {
        List<String> ids = gateway.idsNamedStartingWith(name);
        assertThat(ids).as("videos named " + name).hasSize(1);
        return ids.get(0);
    }
}
