package dev.annalist.bot.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per chat, so one busy chat cannot starve the others. Buckets of the least recent chats
 * are dropped first, which keeps memory bounded.
 */
public final class ChatRateLimiter {
    private static final int MAX_CHATS = 10_000;
    private final int perMinute;
    private final int burst;
    private final Map<Long, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > MAX_CHATS;
        }
    });

    public ChatRateLimiter(int perMinute, int burst) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
    }

    /** Zero when the chat may ask now, else the seconds to wait (at least 1). 0 per minute turns the limit off. */
    public long secondsToWait(long chatId) {
        if (perMinute <= 0) {
            return 0;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(chatId, id -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }
}
