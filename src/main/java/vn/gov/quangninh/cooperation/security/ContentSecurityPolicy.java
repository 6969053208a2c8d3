package vn.gov.quangninh.cooperation.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every response (docs/decisions/DD006). Scripts come from the
 * application itself or carry the nonce of the response, which Vaadin's bootstrap page puts on its
 * inline scripts ({@code security.ui.SecurityUiInit}); {@code 'unsafe-eval'} stays because Vaadin's
 * client runs the JavaScript the server sends by building functions from it; styles need
 * {@code 'unsafe-inline'} for the style elements and attributes that Vaadin's components add at run
 * time (a nonce does not reach those); Lumo's icon fonts and some components' icons (SVG masks,
 * in development mode at least) are {@code data:} URLs.
 */
public final class ContentSecurityPolicy implements HeaderWriter {

    /** The request attribute holding this response's nonce. */
    public static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    static final String HEADER = "Content-Security-Policy";
    static final String POLICY = "default-src 'self'; "
            + "script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final int NONCE_BYTES = 18;
    private final SecureRandom random = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        var bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(HEADER, POLICY.formatted(nonce));
    }
}
