package vn.gov.quangninh.cooperation.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers (OWASP ASVS 5.0 V3.4): Content-Security-Policy, no MIME sniffing, no
 * framing, the origin only as referrer to other sites, and HSTS where the application is served
 * over HTTPS (the {@code mysql} profile sets {@code app.security.hsts}).
 */
final class SecurityHeaders {

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> configure(boolean hsts) {
        return headers -> {
            headers.withObjectPostProcessor(new WriteHeadersFirst())
                    .addHeaderWriter(new ContentSecurityPolicy())
                    .contentTypeOptions(Customizer.withDefaults())
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            if (!hsts) {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        };
    }

    /**
     * Spring writes headers just before the response is committed, but Vaadin's pages are forwarded
     * to Vaadin's servlet, and the container commits a forwarded response past Spring's wrapper: the
     * headers would be missing from every page. Written first, they are on every response.
     */
    private static final class WriteHeadersFirst implements ObjectPostProcessor<HeaderWriterFilter> {

        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    }
}
