package dev.annalist.bot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page every {@code sendError} ends on (a filter's refusal, a status set outside a
 * controller): our {@code {"error": ...}} shape, written as bytes so that no {@code Accept} header can
 * turn it into an empty 406. Replaces Spring Boot's default error body.
 */
@RestController
public class ApiErrorController implements ErrorController {
    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ErrorBody.write(response, status, ApiErrorReportValve.message(status));
    }
}
