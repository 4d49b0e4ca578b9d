package dev.annalist.bot.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import dev.annalist.bot.admin.UploadTooLargeException;
import dev.annalist.kb.store.StoreUnavailableException;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every API error as {@code {"error": "..."}} with a clear status, never a stack trace. The content type
 * is set explicitly so the error reaches clients that asked for an event stream too.
 */
@RestControllerAdvice
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** What a client is told when its question fails because the service is stopping. */
    public static final String STOPPING = "the service is restarting; please try again shortly";
    private final Stopping stopping;

    public ApiErrors() {
        this(Stopping.jvm());
    }

    ApiErrors(Stopping stopping) {
        this.stopping = stopping;
    }

    public static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }

    @ExceptionHandler(BadRequestException.class)
    public ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnauthorizedException.class)
    public ResponseEntity<Map<String, String>> unauthorized(UnauthorizedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        UploadTooLargeException tooLarge = cause(e, UploadTooLargeException.class);
        if (tooLarge != null) { // the bounded read stopped the body inside the JSON parser
            return uploadTooLarge(tooLarge);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return error(HttpStatus.BAD_REQUEST, "the body is empty");
        }
        return error(HttpStatus.BAD_REQUEST, "the body is not valid JSON of the expected shape (see /v3/api-docs)");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "this endpoint takes " + e.getSupportedMediaTypes().stream()
                .map(Object::toString).collect(java.util.stream.Collectors.joining(" or ")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the limit (spring.servlet.multipart.max-file-size)");
    }

    @ExceptionHandler(UploadTooLargeException.class)
    public ResponseEntity<Map<String, String>> uploadTooLarge(UploadTooLargeException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Map<String, String>> badUpload(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "the upload is not a readable multipart form");
    }

    /** What a client is told while the knowledge store (SolrCloud) cannot be reached. */
    public static final String KNOWLEDGE_UNAVAILABLE = "the knowledge base is unreachable for now; please try again shortly";
    /** Seconds a client should wait before asking again after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(ServiceUnavailableException.class)
    public ResponseEntity<Map<String, String>> unavailable(ServiceUnavailableException e) {
        LOG.warn("{}", e.getMessage());
        return unavailable(e.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    public ResponseEntity<Map<String, String>> database(DataAccessException e) {
        LOG.error("database unavailable: {}", e.toString());
        return unavailable("the conversation store is unavailable; please try again shortly");
    }

    /**
     * The knowledge store went away after start-up (Solr nodes or ZooKeeper down): a 503 to retry, not
     * a 500. The store tries again on the next request, so answers come back when it does.
     */
    @ExceptionHandler(StoreUnavailableException.class)
    public ResponseEntity<Map<String, String>> knowledgeStore(StoreUnavailableException e) {
        LOG.warn("knowledge store unavailable: {}", e.getMessage());
        return unavailable(KNOWLEDGE_UNAVAILABLE);
    }

    private static ResponseEntity<Map<String, String>> unavailable(String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }

    @ExceptionHandler(TypeMismatchException.class)
    public ResponseEntity<Map<String, String>> badParameter(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return error(HttpStatus.BAD_REQUEST, "'" + name + "' cannot be '" + e.getValue() + "'");
    }

    /** A query string whose %-escapes are broken or not UTF-8 ({@code ?q=%}, {@code %zz}, {@code %ff%fe}). */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<Map<String, String>> badEscape(InvalidParameterException e) {
        return badEscape();
    }

    private static ResponseEntity<Map<String, String>> badEscape() {
        return error(HttpStatus.BAD_REQUEST, "the query string is not valid percent-encoded UTF-8");
    }

    /** The client accepts no JSON; it gets JSON all the same, written past content negotiation. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response) throws IOException {
        ErrorBody.write(response, HttpStatus.NOT_ACCEPTABLE.value(), "this endpoint answers application/json");
    }

    /** Anything unforeseen: logged with its stack, answered as JSON, and the service keeps serving. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) { // Spring's own (405, 404, ...), with the status it means
            int status = known.getStatusCode().value();
            String detail = known.getBody().getDetail();
            return error(HttpStatus.valueOf(status), status == 404 ? ApiErrorReportValve.message(404)
                    : detail == null ? "request refused" : detail);
        }
        if (cause(e, InvalidParameterException.class) != null) {
            return badEscape();
        }
        UploadTooLargeException tooLarge = cause(e, UploadTooLargeException.class);
        if (tooLarge != null) {
            return uploadTooLarge(tooLarge);
        }
        if (stopping.now()) {
            LOG.warn("a request failed while the service stops: {}", e.toString());
            return unavailable(STOPPING);
        }
        LOG.error("unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; please try again");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }
}
