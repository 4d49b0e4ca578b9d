package dev.annalist.bot.web;

/** Something the caller asked for that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
