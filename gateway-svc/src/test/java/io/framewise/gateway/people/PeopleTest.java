package io.framewise.gateway.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.framewise.events.ObjectRef;
import io.framewise.events.PersonEnrolled;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.ImageBombs;
import io.framewise.testkit.SharedInfrastructure;
import io.framewise.testkit.TestFaces.Photo;
import io.framewise.testkit.TestFaces;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The people gallery API over real HTTP, the real S3 API, PostgreSQL and the real people topic. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class PeopleTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "openapi", management = true)
    String openApi;

    @Inject
    ObjectStore store;

    @BeforeEach
    void photos() {
        TestFaces.assumeAvailable();
    }

    @Test
    void enrolStoresPhotosRowAndEventThenDeleteTombstonesAndRemovesEverything() throws Exception {
        // a PNG sent as "text/plain" named .txt: the bytes decide
        String id = given().multiPart("name", "Person A")
                .multiPart("photo", "a.jpg", TestFaces.jpeg(Photo.A_PORTRAIT), "image/jpeg")
                .multiPart("photo", "notes.txt", TestFaces.png(Photo.A_WEBCAM), "text/plain")
                .when().post("/people")
                .then().statusCode(201)
                .header("Location", containsString("/people/"))
                .body("name", equalTo("Person A"))
                .body("photos", equalTo(2))
                .body("createdAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");

        ObjectRef first = new ObjectRef(store.sourceBucket(), StorageKeys.personPhoto(id, 0));
        ObjectRef second = new ObjectRef(store.sourceBucket(), StorageKeys.personPhoto(id, 1));
        assertThat(store.read(first)).isEqualTo(TestFaces.jpeg(Photo.A_PORTRAIT));
        assertThat(store.head(second)).hasValueSatisfying(h -> assertThat(h.contentType()).isEqualTo("image/png"));
        assertThat(rows(id)).containsExactly("Person A/2");

        List<ConsumerRecord<String, byte[]>> records = peopleRecords(id, 1);
        assertThat(records).hasSize(1);
        PersonEnrolled enrolled = EventJson.fromBytes(records.getFirst().value(), PersonEnrolled.class);
        assertThat(enrolled.personId()).isEqualTo(id);
        assertThat(enrolled.name()).isEqualTo("Person A");
        assertThat(enrolled.photos()).containsExactly(first, second);

        given().get("/people/" + id).then().statusCode(200).body("id", equalTo(id)).body("photos", equalTo(2));
        given().get("/people").then().statusCode(200).body("id", hasItem(id));

        given().delete("/people/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> after = peopleRecords(id, 2);
        assertThat(after).hasSize(2);
        assertThat(after.get(1).value()).as("tombstone").isNull();
        assertThat(store.head(first)).isEmpty();
        assertThat(store.head(second)).isEmpty();
        assertThat(rows(id)).isEmpty();
        given().get("/people/" + id).then().statusCode(404).body("Code", equalTo("NotFoundError"));
        given().get("/people").then().statusCode(200).body("id", not(hasItem(id)));
        given().delete("/people/" + id).then().statusCode(404).body("Code", equalTo("NotFoundError"));
    }

    @Test
    void aTextFileAsPhotoIsRefusedAndNothingIsStored() {
        int before = rowCount();
        given().multiPart("name", "Someone")
                .multiPart("photo", "face.jpg", "just some text, not a picture".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .when().post("/people")
                .then().statusCode(415)
                .contentType("application/json")
                .body("Code", equalTo("UnsupportedPhoto"))
                .body("Message", containsString("not a JPEG or PNG"));
        // one good photo and one bad: still nothing stored
        given().multiPart("name", "Someone")
                .multiPart("photo", "a.jpg", TestFaces.jpeg(Photo.B), "image/jpeg")
                .multiPart("photo", "b.jpg", "text".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .when().post("/people")
                .then().statusCode(415);
        assertThat(rowCount()).isEqualTo(before);
    }

    @Test
    void nameAndPhotosAreRequiredAndSizeLimited() {
        given().multiPart("photo", "a.jpg", TestFaces.jpeg(Photo.B), "image/jpeg")
                .when().post("/people").then().statusCode(400).body("Code", equalTo("BadRequest"))
                .body("Message", containsString("name"));
        given().multiPart("name", "Nobody")
                .when().post("/people").then().statusCode(400).body("Message", containsString("'photo'"));
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        given().multiPart("name", "Big").multiPart("photo", "big.jpg", big, "image/jpeg")
                .when().post("/people").then().statusCode(413).body("Code", equalTo("PayloadTooLarge"));
        given().get("/people/not-a-person").then().statusCode(404).body("Code", equalTo("NotFoundError"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAndNothingIsStored() throws Exception {
        Path bomb = ImageBombs.squarePng(40_000);
        assertThat(Files.size(bomb)).as("small on the wire").isLessThan(2_000_000);
        int before = rowCount();
        given().multiPart("name", "Bomb").multiPart("photo", "bomb.png", Files.readAllBytes(bomb), "image/png")
                .when().post("/people").then().statusCode(413)
                .body("Code", equalTo("PhotoTooLarge"))
                .body("Message", containsString("40000x40000"));
        assertThat(rowCount()).isEqualTo(before);
    }

    @Test
    void controlCharactersAndDirectionOverridesAreStrippedFromNames() {
        String id = given().multiPart(new MultiPartSpecBuilder("Ada\u0000 Love\u202Elace\r\nINFO forged log line\u001B[31m")
                        .controlName("name").charset(StandardCharsets.UTF_8).build())
                .multiPart("photo", "a.jpg", TestFaces.jpeg(Photo.B), "image/jpeg")
                .when().post("/people").then().statusCode(201)
                .body("name", equalTo("Ada LovelaceINFO forged log line[31m")).extract().path("id");
        given().get("/people/" + id).then().statusCode(200).body("name", equalTo("Ada LovelaceINFO forged log line[31m"));
        given().delete("/people/" + id).then().statusCode(204);
    }

    @Test
    void thePeopleApiIsInTheOpenApiDocument() {
        given().get(openApi + "?format=json").then().statusCode(200)
                .body(containsString("\"/people\""))
                .body(containsString("\"/people/{id}\""));
    }

    private static List<ConsumerRecord<String, byte[]>> peopleRecords(String personId, int wanted) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", SharedInfrastructure.configProperties().get("kafka.bootstrap.servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "people-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PEOPLE));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < wanted && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (personId.equals(r.key())) found.add(r);
                }
            }
        }
        return found;
    }

    private static List<String> rows(String id) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = connect(); var s = c.prepareStatement("select name, photos from gateway.people where id = ?")) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1) + "/" + rs.getInt(2));
            }
        }
        return out;
    }

    private static int rowCount() {
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery("select count(*) from gateway.people")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Connection connect() throws java.sql.SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
