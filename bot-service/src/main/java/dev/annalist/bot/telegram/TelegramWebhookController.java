package dev.annalist.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annalist.bot.web.ApiErrors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook} in webhook mode: Telegram's update, accepted only with the secret
 * Telegram was given ({@code X-Telegram-Bot-Api-Secret-Token}). It answers 200 at once and the update is
 * handled on a worker, because Telegram re-sends updates whose request is slow or fails.
 */
@RestController
@Conditional(TelegramEnabled.Webhook.class)
public class TelegramWebhookController {
    public static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final byte[] secret;
    private final UpdateDispatcher dispatcher;
    private final ObjectMapper json;

    public TelegramWebhookController(TelegramProperties properties, UpdateDispatcher dispatcher) {
        this.secret = properties.webhookSecret().strip().getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.json = TelegramConfiguration.JSON;
    }

    @PostMapping(PATH)
    public ResponseEntity<Map<String, String>> update(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                                      @RequestBody(required = false) String body) {
        if (secret.length == 0 || given == null
                || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ApiErrors.error(HttpStatus.FORBIDDEN, "wrong or missing " + SECRET_HEADER);
        }
        Update update;
        try {
            // Read as polling reads it: an update we cannot fully read is acknowledged and ignored, or
            // Telegram would send it again and again.
            update = body == null ? null : TolerantGetUpdates.read(json.readTree(body)).orElse(null);
        } catch (JsonProcessingException e) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, "the body is not a Telegram update");
        }
        if (update == null || update.getUpdateId() == null) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, "the body is not a Telegram update");
        }
        dispatcher.submit(update);
        return ResponseEntity.ok(Map.of("status", "accepted"));
    }
}
