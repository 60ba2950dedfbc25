package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web page's files as the gateway serves them. (The page itself is tested in a real browser by e2e's
 * WebPageIT.)
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class WebPageTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");
    private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html", "css", "text/css",
            "js", "text/javascript");

    @Test
    void thePageIsAtTheRootAndBrowsersRevalidateItsFiles() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", containsString("max-age=0"))
                .body(containsString("<script type=\"module\" src=\"js/main.js\"></script>"));
    }

    @Test
    void everyFileOfThePageIsServedWithItsType() throws IOException {
        for (Path file : pageFiles()) {
            String path = PAGE.relativize(file).toString().replace('\\', '/');
            String extension = path.substring(path.lastIndexOf('.') + 1);
            assertThat(CONTENT_TYPES).as("a known kind of file: " + path).containsKey(extension);
            given().get("/" + path).then().statusCode(200).contentType(startsWith(CONTENT_TYPES.get(extension)));
        }
    }

    @Test
    void thePageFetchesNothingFromAnotherSite() throws IOException {
        for (Path file : pageFiles()) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("http://", "https://", "@import", "src=\"//", "href=\"//");
        }
    }

    private static List<Path> pageFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PAGE)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
