package vn.gov.quangninh.cooperation.report.web;

import com.vaadin.flow.router.Route;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.gov.quangninh.cooperation.security.ui.LoginView;

/**
 * The filter chain of the report downloads, {@code /reports/<something>}: only signed-in users;
 * a browser that is not signed in is sent to the login page (and, once signed in, back to its
 * report), any other client gets 401 rather than a login page it cannot use. Which roles may see
 * which report is decided by each report's service ({@code @PreAuthorize}).
 *
 * <p>A chain of its own, ordered before the application's (Vaadin's, in {@code SecurityConfig}),
 * so that Vaadin's configurer, which redirects every request to the login view, stays untouched.
 * {@code /reports} itself is left to Vaadin, for a reports view.
 */
@Configuration(proxyBeanMethods = false)
class ReportSecurityConfig {

    static final String[] PATHS = {"/reports/*", "/reports/*/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain reportFilterChain(HttpSecurity http) throws Exception {
        var browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var loginPage = "/" + LoginView.class.getAnnotation(Route.class).value();
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(loginPage), browser)
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), AnyRequestMatcher.INSTANCE));
        return http.build();
    }
}
