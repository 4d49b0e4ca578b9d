package dev.annalist.kb.store;

/**
 * The store cannot be reached for now (its servers or ZooKeeper are down or cut off), as opposed to a
 * request it refused: callers can tell the user to try again shortly rather than report a fault. A
 * store that throws it keeps trying on the next call, so nothing needs restarting when it is back.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
