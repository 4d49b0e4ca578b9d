package dev.annalist.bot.web;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the widget call the API from the sites in {@code bot.web.allowed-origins}; the browser refuses
 * every other origin (Spring answers its preflight with 403). The admin API is never cross-origin.
 */
@Configuration
public class CorsConfiguration implements WebMvcConfigurer {
    private final String[] origins;

    public CorsConfiguration(@Value("${bot.web.allowed-origins:}") String allowedOrigins) {
        this.origins = Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/chat/**", "/api/chat", "/api/feedback", "/api/entities/**",
                "/api/entities", "/api/timeline", "/api/search"}) {
            registry.addMapping(path).allowedOrigins(origins).allowedMethods("GET", "POST")
                    .allowedHeaders("Content-Type").maxAge(3600);
        }
    }
}
