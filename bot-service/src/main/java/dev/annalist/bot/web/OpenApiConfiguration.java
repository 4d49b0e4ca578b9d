package dev.annalist.bot.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}). */
@Configuration
public class OpenApiConfiguration {
    @Bean
    public OpenAPI annalistOpenApi() {
        return new OpenAPI().info(new Info().title("Annalist bot API").version("0.1.0")
                .description("Ask questions about historical accounts and get short answers with the sentence "
                        + "they come from; browse entities and the timeline; rate answers."));
    }
}
