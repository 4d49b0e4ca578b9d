package dev.annalist.bot.web;

/**
 * Whether the process is stopping. ONNX Runtime closes its native environment from a JVM shutdown hook
 * of its own, which runs beside Spring's graceful shutdown, so questions still being answered then fail
 * inside the reader: those are the service stopping (a 503 to retry elsewhere), not faults.
 */
@FunctionalInterface
public interface Stopping {
    boolean now();

    /** The JVM's own answer: it refuses new shutdown hooks once it has begun to run them. */
    static Stopping jvm() {
        return () -> {
            Thread probe = new Thread(() -> { });
            try {
                Runtime.getRuntime().addShutdownHook(probe);
                Runtime.getRuntime().removeShutdownHook(probe);
                return false;
            } catch (IllegalStateException shuttingDown) {
                return true;
            }
        };
    }
}
