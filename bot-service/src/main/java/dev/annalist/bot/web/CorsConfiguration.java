package dev.annalist.bot.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Lets the widget call the API from the sites in {@code bot.web.allowed-origins}; the browser refuses
 * every other origin (the preflight gets 403). The admin API is never cross-origin.
 *
 * <p>A servlet filter ahead of {@link RateLimitFilter}, not Spring MVC's CORS mappings: the rate limit
 * answers 429 before MVC runs, and without CORS headers the browser hides that answer from the widget,
 * which could then only report a network error instead of how long to wait. {@code Retry-After} is
 * exposed for the same reason.
 */
@Configuration
public class CorsConfiguration {
    private static final List<String> PATHS = List.of("/api/chat/**", "/api/chat", "/api/feedback", "/api/entities/**",
            "/api/entities", "/api/timeline", "/api/search", "/api/suggestions", "/api/accounts");

    @Bean
    public FilterRegistrationBean<CorsFilter> corsFilter(@Value("${bot.web.allowed-origins:}") String allowedOrigins) {
        var cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type"));
        cors.setExposedHeaders(List.of("Retry-After"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        PATHS.forEach(path -> source.registerCorsConfiguration(path, cors));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
