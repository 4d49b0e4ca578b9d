package dev.annalist.kb.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A model file's bytes outside the Java heap, for ONNX Runtime to parse. Read into a Java array, a model
 * of 20 to 30 MB goes straight into the old generation (it is larger than the young one) and stays
 * resident there as garbage until a full collection, which a quiet service may not run for hours.
 */
public final class ModelBytes {
    private static final int CHUNK = 1 << 16;

    private ModelBytes() {}

    /** A classpath resource in a direct buffer, or null when there is no such resource. */
    public static ByteBuffer resource(Class<?> owner, String name) throws IOException {
        URL url = owner.getResource(name);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        try (InputStream in = connection.getInputStream()) {
            return read(in, connection.getContentLengthLong());
        }
    }

    /** A file mapped read-only: its pages stay the operating system's, shared and reclaimable. */
    public static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /** The stream's bytes in a direct buffer; {@code size} is a hint (negative when unknown). */
    static ByteBuffer read(InputStream in, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.max(CHUNK, Math.min(size, Integer.MAX_VALUE - 8)));
        byte[] chunk = new byte[CHUNK];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            if (buffer.remaining() < n) {
                ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(buffer.capacity() * 2, buffer.position() + n));
                larger.put(buffer.flip());
                buffer = larger;
            }
            buffer.put(chunk, 0, n);
        }
        return buffer.flip();
    }
}
