package dev.annalist.bot.web;

/** Answered by {@link ApiErrors} with its status and this message as JSON. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
