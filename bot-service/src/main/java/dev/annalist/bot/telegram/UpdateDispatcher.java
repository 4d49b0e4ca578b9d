package dev.annalist.bot.telegram;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to worker threads so polling (or the webhook request) returns at once. Updates of one
 * chat run in order, so a follow-up is answered after the question it follows; an update id seen
 * before is dropped, so a re-delivery is never answered twice; a chat with too many questions waiting
 * is told so instead of queueing without end, and the backlog of all chats together (chat-less updates
 * included) is bounded too. Nothing here throws into the caller.
 */
public class UpdateDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);
    private static final int REMEMBERED_IDS = 10_000;

    private final UpdateHandler handler;
    private final TelegramSender sender;
    private final int maxPending;
    private final int maxQueued;
    private final Duration grace;
    private final ExecutorService workers;
    private final SlowDownNotices slowDown = new SlowDownNotices(SlowDownNotices.AGAIN);
    private final Map<Long, Integer> pending = new HashMap<>();
    private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();
    private final Set<Integer> seen = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });
    /** Tasks taken and not yet done, of all chats: accepted updates and notices. Guarded by this. */
    private int queued;
    private boolean closing;

    /**
     * @param maxPending updates one chat (or all chat-less updates together) may have waiting
     * @param maxQueued  tasks all chats together may have waiting; beyond it updates are dropped and logged
     * @param grace      how long {@link #close()} lets taken updates be answered before it interrupts them
     */
    public UpdateDispatcher(UpdateHandler handler, TelegramSender sender, int workers, int maxPending, int maxQueued,
                            Duration grace) {
        this.handler = handler;
        this.sender = sender;
        this.maxPending = Math.max(1, maxPending);
        this.maxQueued = Math.max(this.maxPending, maxQueued);
        this.grace = grace;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "telegram-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        int size = Math.max(1, workers);
        // Each counted task puts at most one entry in the queue (a chat's next update is queued only when
        // the one before it is done), so with queued <= maxQueued the queue never fills.
        this.workers = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(this.maxQueued),
                threads);
    }

    public void submit(Update update) {
        try {
            if (update == null || update.getUpdateId() == null) {
                return;
            }
            long chat = UpdateHandler.chatOf(update);
            synchronized (this) {
                if (!seen.add(update.getUpdateId())) {
                    LOG.debug("update {} was delivered again; it is answered once", update.getUpdateId());
                    return;
                }
                if (closing) {
                    LOG.warn("update {} arrived while the bot is stopping; it is not answered", update.getUpdateId());
                    return;
                }
                if (queued >= maxQueued) {
                    LOG.warn("{} Telegram updates are waiting in all; update {} is dropped", queued, update.getUpdateId());
                    return;
                }
                int waiting = pending.getOrDefault(chat, 0);
                if (waiting >= maxPending) {
                    if (chat == 0) {
                        // Edits, unreadable updates and the like: nothing to answer and nobody to tell.
                        LOG.warn("{} updates without a chat are waiting; update {} is dropped", waiting, update.getUpdateId());
                    } else if (slowDown.shouldTell(chat)) {
                        // Told once until its backlog is answered: a notice per message would be a flood of our own.
                        LOG.info("chat {} has {} updates waiting; telling it to slow down", chat, waiting);
                        queued++;
                        workers.execute(() -> {
                            try {
                                quietly(() -> sender.sendOnce(chat, Reply.of(
                                        "I am still working on your earlier questions. Please wait for those answers, then ask again.")));
                            } finally {
                                synchronized (this) {
                                    queued--;
                                }
                            }
                        });
                    } else {
                        LOG.debug("chat {} has {} updates waiting; update {} is dropped", chat, waiting, update.getUpdateId());
                    }
                    return;
                }
                pending.put(chat, waiting + 1);
                queued++;
                CompletableFuture<Void> tail = tails.getOrDefault(chat, CompletableFuture.completedFuture(null));
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
                queued--;
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

    /**
     * Answers what was already taken, then stops. The getUpdates offset has confirmed those updates, so
     * Telegram will not send them again: dropping them would lose them on every restart. Polling has
     * stopped by now (BotStarter is a lifecycle bean, stopped before any bean is destroyed) and updates
     * arriving later are refused; what is not answered within the grace period is interrupted.
     */
    @Override
    public void close() {
        CompletableFuture<?>[] last;
        synchronized (this) {
            closing = true;
            last = tails.values().toArray(CompletableFuture[]::new);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            // A chat's later updates are queued only as its earlier ones finish, so wait for each chat's last.
            CompletableFuture.allOf(last).get(grace.toNanos(), TimeUnit.NANOSECONDS);
            workers.shutdown();
            if (!workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
        } catch (TimeoutException | ExecutionException e) {
            synchronized (this) {
                LOG.warn("{} Telegram updates were not answered within {} of stopping; they are dropped", queued, grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
    }
}
