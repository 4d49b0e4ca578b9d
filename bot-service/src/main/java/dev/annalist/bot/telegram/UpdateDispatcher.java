package dev.annalist.bot.telegram;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to worker threads so polling (or the webhook request) returns at once. Updates of one
 * chat run in order, so a follow-up is answered after the question it follows; an update id seen
 * before is dropped, so a re-delivery is never answered twice; a chat with too many questions waiting
 * is told so instead of queueing without end. Nothing here throws into the caller.
 */
public class UpdateDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);
    private static final int REMEMBERED_IDS = 10_000;

    private final UpdateHandler handler;
    private final TelegramSender sender;
    private final int maxPending;
    private final ExecutorService workers;
    private final SlowDownNotices slowDown = new SlowDownNotices(SlowDownNotices.AGAIN);
    private final Map<Long, Integer> pending = new HashMap<>();
    private final Map<Long, java.util.concurrent.CompletableFuture<Void>> tails = new HashMap<>();
    private final Set<Integer> seen = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });

    public UpdateDispatcher(UpdateHandler handler, TelegramSender sender, int workers, int maxPending) {
        this.handler = handler;
        this.sender = sender;
        this.maxPending = Math.max(1, maxPending);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "telegram-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), threads);
    }

    public void submit(Update update) {
        try {
            if (update == null || update.getUpdateId() == null) {
                return;
            }
            synchronized (this) {
                if (!seen.add(update.getUpdateId())) {
                    LOG.debug("update {} was delivered again; it is answered once", update.getUpdateId());
                    return;
                }
            }
            long chat = UpdateHandler.chatOf(update);
            synchronized (this) {
                int waiting = pending.getOrDefault(chat, 0);
                if (chat != 0 && waiting >= maxPending) {
                    // Told once until its backlog is answered: a notice per message would be a flood of our own.
                    if (slowDown.shouldTell(chat)) {
                        LOG.info("chat {} has {} updates waiting; telling it to slow down", chat, waiting);
                        workers.execute(() -> quietly(() -> sender.sendOnce(chat,
                                Reply.of("I am still working on your earlier questions. Please wait for those answers, then ask again."))));
                    } else {
                        LOG.debug("chat {} has {} updates waiting; update {} is dropped", chat, waiting, update.getUpdateId());
                    }
                    return;
                }
                pending.put(chat, waiting + 1);
                var tail = tails.getOrDefault(chat, java.util.concurrent.CompletableFuture.completedFuture(null));
                tails.put(chat, tail.thenRunAsync(() -> run(chat, update), workers));
            }
        } catch (RuntimeException e) {
            LOG.error("could not queue update {}: {}", update == null ? null : update.getUpdateId(), e.toString());
        }
    }

    /** Updates of the chat accepted and not yet answered (for tests). */
    synchronized int waiting(long chat) {
        return pending.getOrDefault(chat, 0);
    }

    private void run(long chat, Update update) {
        try {
            quietly(() -> handler.handle(update));
        } finally {
            synchronized (this) {
                int left = pending.merge(chat, -1, Integer::sum);
                if (left <= 0) {
                    pending.remove(chat);
                    tails.remove(chat);
                    slowDown.recovered(chat);
                }
            }
        }
    }

    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            LOG.error("a Telegram update failed; the bot carries on", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
