package dev.annalist.bot.admin;

import dev.annalist.bot.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/documents}: adds an account as a file upload (multipart field {@code file}),
 * as JSON {@code {"name", "text"}}, or as a plain-text body with {@code ?name=}. Needs the admin token.
 */
@RestController
public class AdminController {
    private final AdminToken token;
    private final DocumentIndexer indexer;

    public AdminController(AdminToken token, DocumentIndexer indexer) {
        this.token = token;
        this.indexer = indexer;
    }

    // Bodies are required here: an empty body would otherwise match every content type (ApiErrors explains it).

    /** JSON body of a text upload. */
    public record TextDocument(String name, String text) {}

    @Operation(summary = "Add an account (file upload) and re-index without downtime")
    @PostMapping(path = "/api/admin/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DocumentAdded upload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        token.check(auth);
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("attach the account as the multipart field \"file\"");
        }
        return indexer.add(file.getOriginalFilename(), file.getBytes());
    }

    @Operation(summary = "Add an account given as JSON {name, text} and re-index without downtime")
    @PostMapping(path = "/api/admin/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DocumentAdded json(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                              @RequestBody TextDocument document) {
        token.check(auth);
        if (document == null || document.text() == null || document.text().isBlank()) {
            throw new BadRequestException("send {\"name\": \"operation-mars.txt\", \"text\": \"the account\"}");
        }
        return indexer.add(document.name(), document.text().getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "Add an account sent as the plain-text body, named by ?name=")
    @PostMapping(path = "/api/admin/documents", consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DocumentAdded text(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                              @RequestParam(required = false) String name, @RequestBody byte[] body) {
        token.check(auth);
        return indexer.add(name, body);
    }

    @Operation(summary = "List the accounts the knowledge base serves")
    @GetMapping("/api/admin/documents")
    public Map<String, Object> list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        token.check(auth);
        return Map.of("accounts", indexer.accounts());
    }
}
