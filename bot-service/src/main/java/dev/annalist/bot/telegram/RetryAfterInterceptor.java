package dev.annalist.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the polling client honour a 429's {@code parameters.retry_after}: the library's session only
 * sees the status and would ask again after its short backoff, so this waits the time Telegram asked
 * for before handing the 429 on.
 */
final class RetryAfterInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryAfterInterceptor.class);
    private static final int MAX_SECONDS = 300;
    private final ObjectMapper json;
    private final Pause pause;

    RetryAfterInterceptor(ObjectMapper json, Pause pause) {
        this.json = json;
        this.pause = pause;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 429) {
            return response;
        }
        int seconds;
        try {
            seconds = json.readTree(response.peekBody(8192).string()).path("parameters").path("retry_after").asInt(0);
        } catch (IOException | RuntimeException e) {
            return response;
        }
        if (seconds > 0) {
            LOG.info("Telegram asked to wait {} s before the next {}", seconds, chain.request().url().pathSegments()
                    .get(chain.request().url().pathSize() - 1));
            try {
                pause.pause(java.time.Duration.ofSeconds(Math.min(seconds, MAX_SECONDS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }
}
