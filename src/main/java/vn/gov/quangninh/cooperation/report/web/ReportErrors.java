package vn.gov.quangninh.cooperation.report.web;

import java.time.temporal.Temporal;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.report.ReportCancelledException;
import vn.gov.quangninh.cooperation.report.ReportFailedException;

/**
 * What a {@link ReportController} answers when a report cannot be made: a sentence in the user's
 * language as {@code text/plain}, never a stack trace. Bad parameters (a malformed date, a missing
 * parameter, a period that ends before it starts) are 400; a report that fails is 500, logged.
 * Refusals of the security layer are left to it (401/403).
 */
@RestControllerAdvice(annotations = ReportController.class)
class ReportErrors {

    private static final Logger log = LoggerFactory.getLogger(ReportErrors.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8);

    private final AppI18NProvider i18n;
    private final ReportHttp http;

    ReportErrors(AppI18NProvider i18n, ReportHttp http) {
        this.i18n = i18n;
        this.http = http;
    }

    @ExceptionHandler
    ResponseEntity<String> badType(MethodArgumentTypeMismatchException e) {
        var value = String.valueOf(e.getValue());
        var temporal = e.getRequiredType() != null && Temporal.class.isAssignableFrom(e.getRequiredType());
        return answer(
                HttpStatus.BAD_REQUEST,
                temporal ? "report.error.bad-date" : "report.error.bad-parameter",
                e.getName(),
                value);
    }

    @ExceptionHandler
    ResponseEntity<String> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "report.error.missing-parameter", e.getParameterName());
    }

    @ExceptionHandler
    ResponseEntity<String> refused(RuleViolationException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessageKey(), e.getMessageParams());
    }

    @ExceptionHandler({ReportFailedException.class, ReportCancelledException.class})
    ResponseEntity<String> failed(RuntimeException e) {
        log.error("Report failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "report.error.failed");
    }

    private ResponseEntity<String> answer(HttpStatus status, String key, Object... params) {
        Locale language = http.language();
        return ResponseEntity.status(status).contentType(TEXT).body(i18n.getTranslation(key, language, params));
    }
}
