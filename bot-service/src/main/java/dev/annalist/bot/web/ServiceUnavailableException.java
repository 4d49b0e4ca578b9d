package dev.annalist.bot.web;

/** Answered by {@link ApiErrors} with its status and this message as JSON. */
public class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
