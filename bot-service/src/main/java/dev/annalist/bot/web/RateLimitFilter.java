package dev.annalist.bot.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address on {@code /api/**}: a burst of {@code bot.rate-limit.burst}
 * requests, refilled at {@code bot.rate-limit.per-minute}. Over the limit a client gets 429 with
 * {@code Retry-After}; 0 per minute turns the limit off. Buckets of the least recent clients are dropped
 * first so memory stays bounded.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final int burst;
    private final boolean trustForwarded;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    public RateLimitFilter(@Value("${bot.rate-limit.per-minute:60}") int perMinute,
                           @Value("${bot.rate-limit.burst:20}") int burst,
                           @Value("${bot.rate-limit.trust-forwarded-for:false}") boolean trustForwarded) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
        this.trustForwarded = trustForwarded;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return perMinute <= 0 || !request.getRequestURI().startsWith("/api/")
                || HttpMethod.OPTIONS.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.computeIfAbsent(client(request), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"too many requests; please wait " + seconds
                + " s and try again\",\"retryAfterSeconds\":" + seconds + "}");
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(burst)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build();
    }

    private String client(HttpServletRequest request) {
        if (trustForwarded) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                // The last address is the one our proxy appended; earlier ones are whatever the client wrote.
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
