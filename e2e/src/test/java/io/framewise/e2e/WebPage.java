package io.framewise.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gateway's web page as a person uses it, through a real browser: what they do and what they see. */
final class WebPage {

    private static final Duration STEP = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String url;
    private final Path screenshots;

    WebPage(WebDriver driver, String url, Path screenshots) {
        this.driver = driver;
        this.url = url;
        this.screenshots = screenshots;
    }

    /**
     * Loads the page. A server that needs a key makes the page ask for it (a dialog) the first time; the key typed
     * in is kept by the browser, so later loads do not ask again. True if it was asked for.
     */
    boolean open(String apiKey) {
        driver.get(url);
        waitUpTo(STEP).until(d -> !text(By.id("gallery-summary")).isEmpty() || keyDialogOpen());
        if (!keyDialogOpen()) {
            return false;
        }
        driver.findElement(By.id("key-input")).sendKeys(apiKey);
        driver.findElement(By.id("key-save")).click();
        waitUpTo(STEP).until(d -> !text(By.id("gallery-summary")).isEmpty());
        // The refused first request (401) was logged by the browser; what the page does from here on must not be.
        driver.manage().logs().get(LogType.BROWSER);
        return true;
    }

    boolean keyDialogOpen() {
        return Boolean.TRUE.equals(script("return document.getElementById('key-dialog').open;"));
    }

    /** Picks the file through the page's file input, as the file chooser would. */
    void chooseFile(Path file) {
        driver.findElement(By.id("file-input")).sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Drops a file on the drop zone as a drag from the desktop would: a real {@code drop} event carrying the
     * file's bytes (WebDriver cannot drag from outside the browser, so the page's script is handed the event).
     */
    void dropFile(Path file) {
        try {
            String bytes = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            script("const [zone, name, base64] = arguments;"
                    + "const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));"
                    + "const transfer = new DataTransfer();"
                    + "transfer.items.add(new File([bytes], name, { type: 'video/mp4' }));"
                    + "for (const type of ['dragenter', 'dragover', 'drop']) {"
                    + "  zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));"
                    + "}", driver.findElement(By.id("drop-zone")), file.getFileName().toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void awaitUploadComplete() {
        waitUpTo(STEP).until(d -> "100".equals(attribute(By.id("upload-progress"), "value")));
    }

    String uploadPercentText() {
        return text(By.id("upload-percent"));
    }

    /** The stage list now: stage id → state (waiting, running, done, failed, skipped). */
    Map<String, String> stageStates() {
        // One script reads the whole list at once: a consistent picture, however fast the page changes it.
        List<?> pairs = (List<?>) script("return [...document.querySelectorAll('#stages .stage')]"
                + ".map(stage => [stage.dataset.stage, stage.dataset.state])");
        Map<String, String> states = new LinkedHashMap<>();
        for (Object pair : pairs) {
            List<?> stageAndState = (List<?>) pair;
            states.put((String) stageAndState.get(0), (String) stageAndState.get(1));
        }
        return states;
    }

    /**
     * Watches the stage list until every stage is done or one failed, and returns each distinct picture of it
     * seen on the way, in order.
     */
    List<Map<String, String>> watchStagesUntilFinal(Duration timeout) {
        List<Map<String, String>> seen = new ArrayList<>();
        waitUpTo(timeout).pollingEvery(Duration.ofMillis(100)).until(d -> {
            Map<String, String> now = stageStates();
            if (!now.isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now))) {
                seen.add(now);
            }
            return now.values().stream().allMatch("done"::equals) || now.containsValue("failed");
        });
        return seen;
    }

    /** The text under a stage's state (a count, the probe, or why it failed). */
    String stageDetail(String stage) {
        return text(By.cssSelector("#stages .stage[data-stage='" + stage + "'] .stage-detail"));
    }

    void awaitStageState(String stage, String state) {
        waitUpTo(STEP).until(d -> state.equals(stageStates().get(stage)));
    }

    /** Presses Tab this many times from the top of the page and returns the id of what has the focus then. */
    String focusAfterTabs(int presses) {
        script("document.activeElement.blur()");
        for (int i = 0; i < presses; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        return (String) script("return document.activeElement.id");
    }

    String status() {
        return text(By.id("status"));
    }

    /** Waits until the status line (the page's live region) says exactly this. */
    void awaitStatus(String expected) {
        waitUpTo(STEP).withMessage(() -> "the status line says '" + status() + "', the error line '"
                        + text(By.id("error")) + "', the stages " + stageStates())
                .until(d -> status().equals(expected));
    }

    String videoHeading() {
        return text(By.id("video-heading"));
    }

    /** The preview image once it has loaded: its intrinsic width and the URL the browser chose. */
    LoadedImage awaitPreview() {
        WebElement image = waitUpTo(STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-image")));
        waitUpTo(STEP).until(d -> naturalWidth(image) > 0);
        return new LoadedImage(naturalWidth(image), (String) script("return arguments[0].currentSrc", image));
    }

    /** The captures on the timeline, each once its image has loaded. */
    List<Capture> awaitCaptures() {
        List<WebElement> cards = driver.findElements(By.cssSelector("#timeline .capture"));
        List<WebElement> markers = driver.findElements(By.cssSelector("#timeline .timeline-marker"));
        List<Capture> captures = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            WebElement card = cards.get(i);
            WebElement image = card.findElement(By.tagName("img"));
            script("arguments[0].scrollIntoView()", card);
            waitUpTo(STEP).until(d -> naturalWidth(image) > 0);
            double markerLeft = i < markers.size() ? markers.get(i).getLocation().getX() : Double.NaN;
            captures.add(new Capture(Double.parseDouble(card.getDomAttribute("data-time")), markerLeft,
                    chipNames(card)));
        }
        return captures;
    }

    List<String> allLabels() {
        return chipNames(driver.findElement(By.id("all-labels")));
    }

    /** The gallery card of a video, once the gallery shows it. */
    WebElement awaitGalleryCard(String videoId) {
        return waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(galleryCard(videoId)));
    }

    List<String> galleryIds() {
        return driver.findElements(By.cssSelector("#gallery .card")).stream()
                .map(card -> card.getDomAttribute("data-id")).toList();
    }

    /** Opens a video from its gallery card; the page then follows it as if it had just been uploaded. */
    void openFromGallery(String videoId) {
        awaitGalleryCard(videoId).findElement(By.cssSelector("button.open")).click();
    }

    /** Fills in the search form and waits for the gallery to answer it. */
    void search(String label, String nameStartsWith) {
        replaceText(By.id("search-label"), label);
        replaceText(By.id("search-name"), nameStartsWith);
        String before = text(By.id("gallery-summary"));
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        waitUpTo(STEP).until(d -> !text(By.id("gallery-summary")).equals(before));
    }

    String gallerySummary() {
        return text(By.id("gallery-summary"));
    }

    /** Deletes a video from its gallery card, confirming in the dialog, and waits until the card is gone. */
    void deleteFromGallery(String videoId) {
        driver.findElement(galleryCard(videoId)).findElement(By.cssSelector("button.delete")).click();
        WebElement dialog = waitUpTo(STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
        dialog.findElement(By.id("delete-confirm")).click();
        waitUpTo(STEP).until(ExpectedConditions.invisibilityOfElementLocated(galleryCard(videoId)));
    }

    /** Saves what the browser shows as {@code <name>.png} in the screenshots directory. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    /** What the page wrote to the browser's console as errors (script errors, refused requests, CSP). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    record LoadedImage(long naturalWidth, String source) {
    }

    /** One capture: its time in the video, where its marker sits on the timeline (px), and its labels. */
    record Capture(double time, double markerX, List<String> labels) {
    }

    private static By galleryCard(String videoId) {
        return By.cssSelector("#gallery .card[data-id='" + videoId + "']");
    }

    private static List<String> chipNames(WebElement within) {
        return within.findElements(By.cssSelector(".chip")).stream()
                .map(chip -> chip.getDomAttribute("data-label")).toList();
    }

    private void replaceText(By field, String value) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private String text(By locator) {
        return driver.findElement(locator).getText().strip();
    }

    private String attribute(By locator, String name) {
        return driver.findElement(locator).getDomProperty(name);
    }

    private long naturalWidth(WebElement image) {
        return ((Number) script("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).longValue();
    }

    private Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(source, arguments);
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
