package dev.annalist.kb.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that embed large batches: owned by the application, daemons (they never hold the JVM
 * open), and with the class loader that loaded the knowledge base as their context class loader, so
 * that the model and its tokenizer find their resources inside a Spring Boot jar.
 */
final class EmbeddingThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                Thread thread = new Thread(task, "annalist-embed-" + COUNT.incrementAndGet());
                thread.setDaemon(true);
                thread.setContextClassLoader(EmbeddingThreads.class.getClassLoader());
                return thread;
            });

    private EmbeddingThreads() {
    }

    /** The part's result; a failure is rethrown on the caller's thread as an unchecked exception. */
    static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
        }
    }
}
