package dev.annalist.bot.web;

/** A request the API cannot serve, with a message the caller can act on; answered with 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
