package vn.gov.quangninh.cooperation.report.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller that serves PDF reports under {@code /reports/...}. Its requests go through
 * {@link ReportSecurityConfig} (signed-in users only; browsers are sent to the login page, other
 * clients get 401), and {@link ReportErrors} turns bad parameters into a 400 with a translated
 * sentence. A report controller looks like this:
 *
 * <pre>{@code
 * @ReportController
 * class AgreementRegisterController {
 *     @GetMapping("/reports/agreement-register.pdf")
 *     ResponseEntity<byte[]> register(
 *             @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
 *             @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
 *         ReportResponses.requireOrdered("from", from, "to", to);
 *         return ReportResponses.pdf(agreementReports.register(from, to, http.language()));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ReportController {}
