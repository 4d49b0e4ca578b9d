package dev.annalist.bot.admin;

import dev.annalist.bot.web.ErrorBody;
import dev.annalist.bot.web.NotFoundException;
import dev.annalist.bot.web.UnauthorizedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an admin upload before a byte of its body is read: the token first, then the declared length
 * against the upload limit, then a read that stops at the limit (for bodies of unknown length). Without
 * it a 1 GB body without a token was read whole before the 401, on every upload path.
 */
@Component
public class AdminUploadGuard extends OncePerRequestFilter {
    private final AdminToken token;
    private final long limit;

    public AdminUploadGuard(AdminToken token,
                            @Value("${spring.servlet.multipart.max-request-size:17MB}") DataSize limit) {
        this.token = token;
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            token.check(request.getHeader(HttpHeaders.AUTHORIZATION));
        } catch (NotFoundException e) {
            ErrorBody.write(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (UnauthorizedException e) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
            return;
        }
        if (request.getContentLengthLong() > limit) {
            ErrorBody.write(response, 413, tooLarge());
            return;
        }
        chain.doFilter(new BoundedBodyRequest(request, limit, tooLarge()), response);
    }

    private String tooLarge() {
        return "the upload is larger than the limit of " + DataSize.ofBytes(limit).toMegabytes()
                + " MB (spring.servlet.multipart.max-request-size)";
    }
}
