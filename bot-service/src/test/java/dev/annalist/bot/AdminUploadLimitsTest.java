package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An upload is refused before its body is read: the token first, then the declared length against the
 * limit, then a bounded read. The requests below declare a 1 GB body and send none of it, so a server
 * that read before refusing would never answer them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.index-dir=target/test-index-admin", "bot.admin-token=test-admin-token"})
class AdminUploadLimitsTest {
    private static final long ONE_GB = 1L << 30;

    @Value("${local.server.port}")
    int port;

    /** Sends the head of a request (and the start of its body) and reads the whole response. */
    private String exchange(String head, byte[] bodyStart) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    response.write(buffer, 0, n);
                    if (response.toString(StandardCharsets.UTF_8).contains("}")) {
                        break; // the JSON error is complete; the server may close without reading more
                    }
                }
            } catch (SocketException closed) {
                // The server may reset the connection after refusing; what it wrote before counts.
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String post(String contentType, String auth, long length) {
        return "POST /api/admin/documents?name=x.txt HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\n" + (auth == null ? "" : "Authorization: Bearer " + auth + "\r\n")
                + "Content-Length: " + length + "\r\n\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/json", "multipart/form-data; boundary=x"})
    void withoutTheTokenTheBodyIsNeverRead(String contentType) throws Exception {
        String response = exchange(post(contentType, null, ONE_GB), "Operation".getBytes(StandardCharsets.UTF_8));
        assertThat(response).startsWith("HTTP/1.1 401").containsIgnoringCase("content-type: application/json")
                .contains("\"error\"");
        String wrong = exchange(post(contentType, "guess", ONE_GB), new byte[0]);
        assertThat(wrong).startsWith("HTTP/1.1 401");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/json", "multipart/form-data; boundary=x"})
    void aDeclaredLengthOverTheLimitIsRefusedUnread(String contentType) throws Exception {
        String response = exchange(post(contentType, "test-admin-token", ONE_GB), new byte[0]);
        assertThat(response).startsWith("HTTP/1.1 413").contains("\"error\"").contains("limit");
    }

    @Test
    void aChunkedBodyIsReadOnlyUpToTheLimit() throws Exception {
        String head = "POST /api/admin/documents?name=x.txt HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Authorization: Bearer test-admin-token\r\nTransfer-Encoding: chunked\r\n\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = "The 34th Army attacked. ".repeat(40_000).getBytes(StandardCharsets.US_ASCII); // ~1 MB
        for (int i = 0; i < 20; i++) {
            body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(chunk);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        String response = exchange(head, body.toByteArray()); // ~19 MB, over the 17 MB limit, never ended
        assertThat(response).startsWith("HTTP/1.1 413").contains("limit");
    }
}
