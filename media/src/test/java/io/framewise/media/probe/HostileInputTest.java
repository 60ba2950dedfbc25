package io.framewise.media.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.framewise.media.Clips;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameReader;
import io.framewise.media.frames.FrameSize;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads that are programs for FFmpeg rather than videos: playlists and lists that name other files or addresses.
 * FFmpeg opens only the file itself, with a container demuxer ({@code MediaInput}): the probe refuses them and
 * nothing is fetched.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().toString());
            byte[] clip = Files.readAllBytes(Clips.fourColourShots());
            exchange.sendResponseHeaders(200, clip.length);
            exchange.getResponseBody().write(clip);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anHlsPlaylistNamingAnAddressIsRefusedAndNothingIsFetched() throws Exception {
        Path playlist = Files.writeString(dir.resolve("source.m3u8"), """
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:10
                #EXTINF:10.0,
                http://127.0.0.1:%d/latest/meta-data/segment.ts
                #EXT-X-ENDLIST
                """.formatted(server.getAddress().getPort()));
        assertThatThrownBy(() -> new MediaProbe().probe(playlist)).isInstanceOf(UnusableMediaException.class);
        assertThatThrownBy(() -> FrameReader.open(playlist, new FrameSize(320, 180), Decoding.FAST))
                .isInstanceOf(UnusableMediaException.class);
        assertThat(fetched).as("requests FFmpeg made").isEmpty();
    }

    @Test
    void anHlsPlaylistNamingAnotherLocalFileIsRefused() throws Exception {
        // Opened as a playlist, this "upload" would be a video made of a file of the server's, not of the upload.
        Path playlist = Files.writeString(dir.resolve("source.m3u8"), """
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:10
                #EXTINF:4.0,
                %s
                #EXT-X-ENDLIST
                """.formatted(Clips.fourColourShots().toAbsolutePath()));
        assertThatThrownBy(() -> new MediaProbe().probe(playlist)).isInstanceOf(UnusableMediaException.class);
        // Opened without the allowlist, the reader would hand out that other file's pictures.
        assertThatThrownBy(() -> FrameReader.open(playlist, new FrameSize(320, 180), Decoding.FAST))
                .isInstanceOf(UnusableMediaException.class);
    }

    @Test
    void aConcatListNamingALocalFileIsRefused() throws Exception {
        Path list = Files.writeString(dir.resolve("source.ffconcat"), "ffconcat version 1.0\nfile '"
                + Clips.fourColourShots().toAbsolutePath() + "'\n");
        assertThatThrownBy(() -> new MediaProbe().probe(list)).isInstanceOf(UnusableMediaException.class);
    }

    @Test
    void ordinaryContainersStillOpen() throws Exception {
        assertThat(new MediaProbe().probe(Clips.fourColourShots()).format()).contains("mp4");
        assertThat(new MediaProbe().probe(Clips.vp9TwoShots()).format()).contains("webm");
    }
}
