package dev.annalist.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** A question that fails while the service stops is a 503 to retry, not a 500 logged as a fault. */
class ApiErrorsStoppingTest {
    private final IllegalStateException readerGone = new IllegalStateException(
            "reader model /reader/reader-int8.onnx failed: Attempt to use DefaultLogger but none has been registered.");

    @Test
    void aFailureWhileStoppingIsA503WithRetryAfter() {
        ResponseEntity<Map<String, String>> answer = new ApiErrors(() -> true).unexpected(readerGone);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(ApiErrors.RETRY_AFTER_SECONDS);
        assertThat(answer.getBody()).containsEntry("error", ApiErrors.STOPPING);
    }

    @Test
    void theSameFailureWhileRunningIsStillA500() {
        ResponseEntity<Map<String, String>> answer = new ApiErrors(() -> false).unexpected(readerGone);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).containsEntry("error", "something went wrong on our side; please try again");
    }

    @Test
    void theJvmIsNotStoppingWhileTestsRun() {
        assertThat(Stopping.jvm().now()).isFalse();
    }
}
