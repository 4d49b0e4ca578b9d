package dev.annalist.bot.accounts;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.store.AccountRecord;
import dev.annalist.kb.store.SentenceRecord;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/accounts}: the served accounts with a title and their opening sentences. */
@RestController
public class AccountsController {
    private static final int SUMMARY_SENTENCES = 2;
    private static final int MAX_TITLE = 120;
    private final KnowledgeBase kb;

    public AccountsController(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Operation(summary = "The accounts served, each with a title and a short summary (its opening sentences)")
    @GetMapping("/api/accounts")
    public List<AccountSummary> accounts() {
        var sentences = kb.knowledge().sentences().stream().collect(Collectors.groupingBy(SentenceRecord::source));
        return kb.knowledge().accounts().stream()
                .map(a -> summary(a, sentences.getOrDefault(a.source(), List.of()))).toList();
    }

    private static AccountSummary summary(AccountRecord account, List<SentenceRecord> sentences) {
        String firstLine = account.text().strip().lines().findFirst().orElse("").strip();
        // A short first line without a full stop reads as a heading; otherwise the file name stands in.
        boolean heading = !firstLine.isEmpty() && firstLine.length() <= MAX_TITLE && !firstLine.endsWith(".");
        String title = heading ? firstLine : account.source().replaceFirst("\\.[^.]+$", "").replace('-', ' ');
        String summary = sentences.stream().map(SentenceRecord::text).map(String::strip)
                .filter(text -> !text.equals(firstLine)).limit(SUMMARY_SENTENCES).collect(Collectors.joining(" "));
        return new AccountSummary(account.source(), title, summary, account.sentences());
    }
}
