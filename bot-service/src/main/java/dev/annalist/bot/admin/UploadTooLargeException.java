package dev.annalist.bot.admin;

/** An upload body that went past the limit while it was read (one of unknown length). */
public class UploadTooLargeException extends RuntimeException {
    public UploadTooLargeException(String message) {
        super(message);
    }
}
