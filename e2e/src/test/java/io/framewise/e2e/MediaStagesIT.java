package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.cli.FfmpegCli;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import io.framewise.testkit.TestFaces;
import io.framewise.testkit.TestPhotos;
import io.framewise.testkit.TestSpeech;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.framewise.testkit.WordErrorRate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 end to end over the real processes: a clip with speech, a known person's face and scene cuts comes out
 * with a transcript, a detected and matched face, playable renditions, HLS and a storyboard, and is found by what
 * was said and by who was seen.
 */
class MediaStagesIT {

    private static final Duration WAIT = Duration.ofMinutes(4);
    /** Plain sentences of common words (the recogniser's language model is news English; see transcribe-svc). */
    private static final List<String> SENTENCES = List.of(
            "We are going to talk about the weather and the news.",
            "The president said that the economy is growing again.",
            "Please call me tomorrow morning at the office.");

    private final Gateway gateway = new Gateway(RunningStack.get().gatewayUrl());
    private final TopicClient kafka = new TopicClient(RunningStack.get().endpoints().kafkaBootstrapServers());

    @Test
    void aTalkingClipWithAKnownFaceComesOutWithTranscriptPeopleRenditionsAndStoryboard() throws Exception {
        TestSpeech.assumeAvailable();
        TestFaces.assumeAvailable();
        String person = "Ada Example " + Long.toHexString(System.nanoTime());
        String personId = gateway.enrol(person, List.of(TestFaces.jpeg(TestFaces.Photo.A_PORTRAIT),
                TestFaces.jpeg(TestFaces.Photo.A_CLOSEUP)));
        Path clip = talkingClip();

        String id = gateway.upload(clip, "interview.mp4");
        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(ready).singleElement().satisfies(event -> assertThat(event.status())
                .as("outcome (error: %s)", event.error()).isEqualTo(RenderStatus.READY));
        JsonNode video = gateway.finalVideo(id);

        // the transcript: words said, in time, stored as JSON and WebVTT
        JsonNode transcript = video.path("transcript");
        double wer = WordErrorRate.of(TestSpeech.text(SENTENCES), transcript.path("text").asText());
        System.out.printf(Locale.ROOT, "[e2e] transcript \"%s\": WER %.2f%n", transcript.path("text").asText(), wer);
        assertThat(wer).as("word error rate").isLessThan(0.6);
        assertThat(transcript.path("segments").size()).isPositive();
        String vtt = new String(gateway.download(transcript.path("vttUrl").asText()), StandardCharsets.UTF_8);
        assertThat(vtt).startsWith("WEBVTT").contains(" --> ");

        // the face: detected in the first capture and matched to the enrolled person, also in people.json
        JsonNode firstCapture = video.path("labels").get(0);
        assertThat(firstCapture.path("faces").size()).as("faces in the first capture").isPositive();
        assertThat(firstCapture.path("faces").get(0).path("person").asText()).isEqualTo(person);
        assertThat(video.path("people").get(0).path("personId").asText()).isEqualTo(personId);
        JsonNode people = Gateway.parse(gateway.download(video.path("peopleUrl").asText()));
        assertThat(people.path("people").get(0).path("name").asText()).isEqualTo(person);
        assertThat(people.path("people").get(0).path("appearances").get(0).path("timeMs").asLong()).isLessThan(3000);

        // renditions and audio: downloaded and probed, never larger than the 640x360 source
        MediaProbe probe = new MediaProbe();
        JsonNode rendition = video.path("renditions").get(0);
        MediaInfo mp4 = probe.probe(save(gateway.download(rendition.path("url").asText()), "rendition.mp4"));
        assertThat(mp4.videoCodec()).isEqualTo("h264");
        assertThat(mp4.height()).isEqualTo(360);
        assertThat(mp4.durationMs()).isBetween(12_000L, 20_000L);
        Path mp3 = save(gateway.download(video.path("audio").path("url").asText()), "audio.mp3");
        // the video probe refuses a file without pictures, naming the sound it found: that is the MP3 stream
        assertThatThrownBy(() -> probe.probe(mp3)).isInstanceOf(UnusableMediaException.class)
                .hasMessageContaining("audio only").hasMessageContaining("mp3");
        String master = new String(gateway.get(video.path("hlsUrl").asText()), StandardCharsets.UTF_8);
        assertThat(master).startsWith("#EXTM3U").contains("#EXT-X-STREAM-INF");
        String rungPlaylist = master.lines().filter(line -> line.endsWith(".m3u8")).findFirst().orElseThrow();
        String hlsBase = video.path("hlsUrl").asText().replace("master.m3u8", "");
        String playlist = new String(gateway.get(hlsBase + rungPlaylist), StandardCharsets.UTF_8);
        String segment = playlist.lines().filter(line -> line.endsWith(".ts")).findFirst().orElseThrow();
        String rungDir = rungPlaylist.substring(0, rungPlaylist.lastIndexOf('/') + 1);
        Path ts = save(gateway.get(hlsBase + rungDir + segment), "segment.ts");
        assertThat(Files.readAllBytes(ts)[188]).as("MPEG-TS sync byte of the second packet").isEqualTo((byte) 0x47);
        // decoded to the end by the bundled ffmpeg: it fails on any corrupt packet
        FfmpegCli.run(List.of("-v", "error", "-xerror", "-i", ts.toString(), "-f", "null", "-"), 60);

        // the storyboard: a WebVTT of sprite tiles covering the video, served where players look for it
        JsonNode storyboard = video.path("storyboard");
        String tiles = new String(gateway.get(storyboard.path("vttUrl").asText()), StandardCharsets.UTF_8);
        assertThat(tiles).startsWith("WEBVTT").contains("storyboard.jpg#xywh=");
        byte[] sprite = gateway.get(storyboard.path("spriteUrl").asText());
        assertThat(sprite[0] & 0xff).isEqualTo(0xFF);
        assertThat(sprite[1] & 0xff).isEqualTo(0xD8);

        // found by what was said and by who was seen
        assertThat(gateway.idsFound("q", "economy growing")).contains(id);
        assertThat(gateway.idsFound("person", person.toUpperCase(Locale.ROOT))).contains(id);
        assertThat(gateway.idsFound("q", "submarine")).doesNotContain(id);
    }

    /** 640x360: the known face (another photo than the enrolled ones), a dog, then bars; speech as the sound. */
    private static Path talkingClip() throws Exception {
        Path dir = TestVideos.workDirectory();
        Path face = Files.write(dir.resolve("e2e-face.jpg"), TestFaces.inFrame(TestFaces.Photo.A_WEBCAM));
        Path pictures = ClipGenerator.generate(new ClipSpec(640, 360, 25, List.of(
                Shot.photo(face, Duration.ofSeconds(4)),
                Shot.photo(TestPhotos.file("dog.jpg"), Duration.ofSeconds(4)),
                Shot.pattern("smptebars", Duration.ofSeconds(8))), 440, "h264", 2), dir.resolve("e2e-pictures.mp4"));
        Path speech = TestSpeech.wav(SENTENCES);
        Path clip = dir.resolve("e2e-talking.mp4");
        FfmpegCli.run(List.of("-y", "-i", pictures.toString(), "-i", speech.toString(), "-map", "0:v", "-map", "1:a",
                "-c:v", "copy", "-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart", clip.toString()), 120);
        return clip;
    }

    private static Path save(byte[] bytes, String name) throws Exception {
        Path dir = Files.createTempDirectory("framewise-e2e-media");
        return Files.write(dir.resolve(name), bytes);
    }
}
