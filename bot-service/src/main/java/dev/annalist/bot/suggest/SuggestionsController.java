package dev.annalist.bot.suggest;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/suggestions}: example questions the loaded accounts answer, for a chat's first screen. */
@RestController
public class SuggestionsController {
    private final SuggestedQuestions suggestions;

    public SuggestionsController(SuggestedQuestions suggestions) {
        this.suggestions = suggestions;
    }

    @Operation(summary = "Example questions the accounts answer", description = "At most 6; max chooses fewer.")
    @GetMapping("/api/suggestions")
    public Map<String, List<String>> questions(@RequestParam(defaultValue = "4") int max) {
        return Map.of("questions", suggestions.questions(Math.min(max, SuggestedQuestions.MAX)));
    }
}
