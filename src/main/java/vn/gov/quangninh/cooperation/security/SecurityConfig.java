package vn.gov.quangninh.cooperation.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.gov.quangninh.cooperation.security.ui.LoginView;

/**
 * Security in two layers: views carry {@code @RolesAllowed}/{@code @PermitAll}, checked on every
 * navigation, and services carry {@code @PreAuthorize}, so a rule holds even if a view forgets it.
 * JSR-250 method security stays off: it would proxy the views, which carry those annotations for
 * Vaadin's navigation check.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGOUT_SUCCESS_URL = "/login?logout";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessionRegistry, @Value("${app.security.hsts}") boolean hsts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Load balancers and compose health checks call it without credentials; it shows only UP/DOWN.
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Stylesheets of the login page.
                .requestMatchers("/styles/**", "/images/**")
                .permitAll());
        http.headers(SecurityHeaders.configure(hsts));
        // Every session is registered, so that disabling an account or changing its roles ends its
        // sessions. The ended session's request then goes on as an anonymous one: a page is sent to
        // the login page, and Vaadin's own requests get Vaadin's answer for an expired session.
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(
                        ended -> ended.getFilterChain().doFilter(ended.getRequest(), ended.getResponse()))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, LOGOUT_SUCCESS_URL));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm stored in each hash so that it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password sign-in against the accounts in the database, behind brute-force protection. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, SignInGuard guard) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new GuardedAuthenticationProvider(passwords, guard);
    }

    /** Sign-in successes and failures as application events, for the audit log. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Refusals of method security and of URLs as application events, for the audit log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so that it forgets them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
