package dev.annalist.bot.search;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.store.EmbeddableText;
import dev.annalist.bot.web.BadRequestException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=...&k=5}: the hybrid retrieval of the knowledge base, as JSON. */
@RestController
public class SearchController {
    static final int MAX_QUERY = 1000;
    private final KnowledgeBase knowledgeBase;

    public SearchController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/api/search")
    public ResponseEntity<?> search(@RequestParam(name = "q", defaultValue = "") String q,
                                    @RequestParam(name = "k", defaultValue = "5") int k) {
        boolean empty = !EmbeddableText.hasContent(q); // as the embedding model sees it: "\ufffd" is empty too
        if (empty || q.length() > MAX_QUERY) {
            throw new BadRequestException(empty ? "the query 'q' is empty" : "the query is longer than " + MAX_QUERY + " characters");
        }
        List<SearchHit> hits = knowledgeBase.hybrid().retrieve(q, Math.max(1, Math.min(k, 20))).stream()
                .map(SearchHit::of).toList();
        return ResponseEntity.ok(hits);
    }
}
