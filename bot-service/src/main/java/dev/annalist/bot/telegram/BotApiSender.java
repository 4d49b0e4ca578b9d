package dev.annalist.bot.telegram;

import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link TelegramSender} over the Bot API. A 429 waits the {@code retry_after} Telegram asks for, up to
 * {@code retry.max}: a longer wait would hold a worker other chats need, so the message is given up; a 5xx,
 * an unreadable reply or a dropped connection is retried with doubling waits; anything else (a 400, a
 * blocked bot) is logged and dropped, because sending it again would fail the same way.
 */
public class BotApiSender implements TelegramSender {
    private static final Logger LOG = LoggerFactory.getLogger(BotApiSender.class);
    /** As the Bot API documents it (the library's constant is lower-case; Telegram accepts both). */
    static final String HTML = "HTML";

    private final TelegramClient client;
    private final TelegramProperties.Retry retry;
    private final Pause pause;

    public BotApiSender(TelegramClient client, TelegramProperties.Retry retry, Pause pause) {
        this.pause = pause;
        this.client = client;
        this.retry = retry;
    }

    @Override
    public void send(long chatId, Reply reply) {
        deliver(chatId, reply, retry.attempts());
    }

    @Override
    public void sendOnce(long chatId, Reply reply) {
        deliver(chatId, reply, 1);
    }

    private void deliver(long chatId, Reply reply, int attempts) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(reply.html())
                .parseMode(HTML).disableWebPagePreview(true);
        if (!reply.buttons().isEmpty()) {
            message.replyMarkup(new InlineKeyboardMarkup(reply.buttons().stream().map(row -> new InlineKeyboardRow(
                    row.stream().map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                            .toList())).toList()));
        }
        SendMessage html = message.build();
        Outcome<?> sent = attempt(html, attempts);
        if (sent.refusal() != null && sent.refusal().contains("parse entities")) {
            // Our escaping should make this impossible; if Telegram still cannot parse the HTML, the words
            // matter more than the bold: send them as plain text.
            html.setParseMode(null);
            html.setText(plain(reply.html()));
            call(html, attempts);
        }
    }

    /** The text of our HTML: tags dropped, the four entities we write turned back into characters. */
    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Override
    public void typing(long chatId) {
        // Only a courtesy: one try, and the answer does not wait for it to be retried.
        call(SendChatAction.builder().chatId(chatId).action("typing").build(), 1);
    }

    @Override
    public void answerCallback(String callbackQueryId, String notice) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(notice).build(), retry.attempts());
    }

    /** Executes with retries; the result, or null when it could not be done. */
    <T extends Serializable> T call(BotApiMethod<T> method, int attempts) {
        return attempt(method, attempts).value();
    }

    /** The result, or why Telegram refused the call (null when it was not refused but failed or succeeded). */
    private record Outcome<T>(T value, String refusal) {}

    private <T extends Serializable> Outcome<T> attempt(BotApiMethod<T> method, int attempts) {
        RetryBackoff backoff = new RetryBackoff(retry.initial(), retry.max());
        for (int attempt = 1; ; attempt++) {
            long waitMillis;
            try {
                return new Outcome<>(client.execute(method), null);
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code != null && code == 429 && retryAfter != null) {
                    waitMillis = retryAfter * 1000L;
                    if (waitMillis > retry.max().toMillis()) {
                        LOG.warn("Telegram asked to wait {} s before the next {}, longer than bot.telegram.retry.max ({}); it is given up",
                                retryAfter, method.getMethod(), retry.max());
                        return new Outcome<>(null, null);
                    }
                } else if (code == null || code == 429 || code >= 500) {
                    waitMillis = backoff.nextBackOffMillis();
                } else {
                    LOG.warn("Telegram refused {} ({}): {}", method.getMethod(), code, e.getApiResponse());
                    return new Outcome<>(null, code + " " + e.getApiResponse());
                }
                if (attempt >= attempts) {
                    LOG.warn("Telegram {} failed after {} attempts: {}", method.getMethod(), attempt, e.toString());
                    return new Outcome<>(null, null);
                }
                LOG.info("Telegram {} failed ({}); retrying in {} ms", method.getMethod(),
                        code == null ? e.getMessage() : code, waitMillis);
            } catch (TelegramApiException e) {
                if (attempt >= attempts) {
                    LOG.warn("Telegram {} failed after {} attempts: {}", method.getMethod(), attempt, e.toString());
                    return new Outcome<>(null, null);
                }
                waitMillis = backoff.nextBackOffMillis();
                LOG.info("Telegram {} could not be sent ({}); retrying in {} ms", method.getMethod(), e.toString(), waitMillis);
            }
            try {
                pause.pause(java.time.Duration.ofMillis(waitMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome<>(null, null);
            }
        }
    }
}
