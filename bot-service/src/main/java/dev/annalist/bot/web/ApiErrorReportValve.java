package dev.annalist.bot.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Errors that Tomcat answers itself, before a request reaches Spring (a malformed path such as
 * {@code %2F} or {@code %00}, a NUL in a header, an over-long URL or header), written in our JSON shape
 * instead of Tomcat's HTML page, so that every client reads every error the same way.
 */
public class ApiErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ErrorBody.json(message(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already under way: nothing more can be said to it.
        }
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its path, query or headers cannot be read)";
            case 404 -> "there is nothing at this address; the API is described at /v3/api-docs";
            case 413 -> "the request is larger than the limit";
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            case 503 -> "the service is not ready; please try again shortly";
            default -> status >= 500 ? "something went wrong on our side; please try again" : "the request was refused";
        };
    }
}
