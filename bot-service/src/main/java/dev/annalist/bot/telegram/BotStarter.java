package dev.annalist.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Connects the bot once the service runs, on its own thread and with retries, so a wrong token or an
 * unreachable Bot API never holds up or breaks the web service. It learns the bot's @username (getMe),
 * then either removes any webhook and starts long polling with the library's session (offsets, backoff
 * between failed getUpdates) or, in webhook mode, registers the webhook when {@code bot.telegram.webhook-url} is set.
 */
public class BotStarter implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(BotStarter.class);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final BotIdentity identity;
    private final UpdateDispatcher dispatcher;
    private final ObjectMapper json;
    private final Pause pause;
    private volatile boolean running;
    private volatile Thread starter;
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile ScheduledExecutorService pollingThread;

    public BotStarter(TelegramProperties properties, TelegramClient client, BotIdentity identity,
                      UpdateDispatcher dispatcher, ObjectMapper json, Pause pause) {
        this.pause = pause;
        this.properties = properties;
        this.client = client;
        this.identity = identity;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::connect, "telegram-start");
        t.setDaemon(true);
        starter = t;
        t.start();
    }

    private void connect() {
        RetryBackoff backoff = new RetryBackoff(properties.retry().initial(), properties.retry().max());
        TelegramUrl url;
        try {
            url = properties.telegramUrl();
        } catch (IllegalArgumentException e) {
            LOG.error("Telegram bot off: {}", e.getMessage());
            return;
        }
        while (running) {
            try {
                if (!identity.known()) {
                    identity.learned(client.execute(new GetMe()).getUserName());
                }
                if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
                    registerWebhook();
                } else {
                    startPolling(url);
                    if (!running) {
                        closePolling(); // stopped while connecting
                    }
                }
                return;
            } catch (TelegramApiException | RuntimeException e) {
                closePolling();
                long wait = backoff.nextBackOffMillis();
                LOG.warn("Telegram bot could not connect to {} ({}); trying again in {} ms", properties.apiUrl(), reason(e), wait);
                try {
                    pause.pause(java.time.Duration.ofMillis(wait));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void registerWebhook() throws TelegramApiException {
        if (properties.webhookSecret().isBlank()) {
            // Without a secret anyone could post updates as if from Telegram, so every request is refused.
            LOG.error("Telegram webhook mode needs bot.telegram.webhook-secret (TELEGRAM_WEBHOOK_SECRET); "
                    + "POST {} refuses every update until it is set", TelegramWebhookController.PATH);
            return;
        }
        if (properties.webhookUrl().isBlank()) {
            LOG.info("Telegram bot @{} takes updates on POST {} (register it with setWebhook, or set bot.telegram.webhook-url)",
                    identity.username(), TelegramWebhookController.PATH);
            return;
        }
        client.execute(SetWebhook.builder().url(properties.webhookUrl().strip()).secretToken(properties.webhookSecret().strip())
                .allowedUpdates(UpdateHandler.UPDATE_KINDS).build());
        LOG.info("Telegram bot @{} registered its webhook {}", identity.username(), properties.webhookUrl());
    }

    private void startPolling(TelegramUrl url) throws TelegramApiException {
        // Telegram answers getUpdates with 409 while a webhook is set (say, after running in webhook mode),
        // so polling would be deaf; updates waiting for the webhook are kept (no drop_pending_updates).
        client.execute(new DeleteWebhook());
        int timeout = (int) Math.max(0, properties.pollTimeout().toSeconds());
        // The read timeout must outlast a long poll, or every quiet poll would look like a dropped connection.
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(timeout + 15L, TimeUnit.SECONDS).writeTimeout(30, TimeUnit.SECONDS)
                .addInterceptor(new RetryAfterInterceptor(json, pause)).build();
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-polling");
            t.setDaemon(true);
            return t;
        });
        pollingThread = thread;
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(() -> json, () -> http,
                () -> thread, () -> new RetryBackoff(properties.retry().initial(), properties.retry().max()));
        polling = app;
        // The session asks for updates after the last one it received, so Telegram drops the ones handed over.
        app.registerBot(properties.token().strip(), () -> url, last -> new TolerantGetUpdates(last + 1, 100, timeout,
                UpdateHandler.UPDATE_KINDS), updates -> {
                    // Never throw here: an exception would end the library's polling task for good.
                    try {
                        updates.forEach(dispatcher::submit);
                    } catch (RuntimeException e) {
                        LOG.error("could not hand over Telegram updates", e);
                    }
                });
        LOG.info("Telegram bot @{} is polling {}", identity.username(), properties.apiUrl());
    }

    private static String reason(Exception e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
            return r.getErrorCode() == 401 || r.getErrorCode() == 404
                    ? "the token was refused; check TELEGRAM_BOT_TOKEN" : r.getErrorCode() + " " + r.getApiResponse();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    private void closePolling() {
        TelegramBotsLongPollingApplication app = polling;
        polling = null;
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                LOG.debug("closing the polling session: {}", e.toString());
            }
        }
        ScheduledExecutorService thread = pollingThread;
        pollingThread = null;
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = starter;
        if (t != null) {
            t.interrupt();
        }
        closePolling();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
