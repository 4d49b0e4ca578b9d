package dev.annalist.bot.admin;

import dev.annalist.bot.web.NotFoundException;
import dev.annalist.bot.web.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Checks {@code Authorization: Bearer <bot.admin-token>}; with no token configured the admin API is off. */
@Component
public class AdminToken {
    private final byte[] token;

    public AdminToken(@Value("${bot.admin-token:}") String token) {
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public void check(String authorization) {
        if (token == null) {
            throw new NotFoundException("the admin API is off; set bot.admin-token to turn it on");
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : "";
        // Constant-time comparison, so the token cannot be guessed from response times.
        if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedException("send the admin token as Authorization: Bearer <bot.admin-token>");
        }
    }
}
