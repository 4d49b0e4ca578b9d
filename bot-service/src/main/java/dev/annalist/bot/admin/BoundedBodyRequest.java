package dev.annalist.bot.admin;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body stops being readable past a limit: reading on throws {@link UploadTooLargeException}. */
final class BoundedBodyRequest extends HttpServletRequestWrapper {
    private final long limit;
    private final String message;
    private ServletInputStream bounded;

    BoundedBodyRequest(HttpServletRequest request, long limit, String message) {
        super(request);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (bounded == null) {
            bounded = new Bounded(super.getInputStream());
        }
        return bounded;
    }

    private final class Bounded extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Bounded(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit + 1 - read));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new UploadTooLargeException(message);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
