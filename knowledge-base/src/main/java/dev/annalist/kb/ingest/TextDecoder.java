package dev.annalist.kb.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a file into text: UTF-8 (with or without BOM) or UTF-16 with a BOM, and
 * Windows-1252 for anything that is not valid UTF-8. Refuses binary data.
 */
public final class TextDecoder {
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    /** The decoded text and, when it was not UTF-8, the charset used. */
    public record Decoded(String text, Optional<String> fallbackCharset) {}

    public Decoded decode(byte[] bytes) throws UnreadableFileException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), Optional.empty());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), Optional.empty());
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new UnreadableFileException("binary data, not text");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, Optional.empty());
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, FALLBACK), Optional.of(FALLBACK.name()));
        }
    }

    /** NUL bytes, or many control characters, mean this is not a text file. */
    private static boolean looksBinary(byte[] bytes, int offset) {
        int sample = Math.min(bytes.length, offset + 8192);
        int control = 0;
        for (int i = offset; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > offset && control * 20 > (sample - offset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file whose bytes are not text we can read. */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message) {
            super(message);
        }
    }
}
