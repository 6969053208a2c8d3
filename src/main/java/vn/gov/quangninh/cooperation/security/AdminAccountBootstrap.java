package vn.gov.quangninh.cooperation.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/**
 * A production database starts with no accounts: create the one administrator who creates the
 * others. Their password comes from {@code APP_ADMIN_PASSWORD} or is generated and printed once;
 * either way it is temporary and must be changed at the first sign-in.
 */
@Component
@ConditionalOnBooleanProperty("app.bootstrap-admin")
class AdminAccountBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final String configuredPassword;

    AdminAccountBootstrap(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock,
            @Value("${app.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        var password = generated ? generatePassword() : configuredPassword;
        if (!generated) {
            try {
                passwordPolicy.check("password", password, USERNAME);
            } catch (RuleViolationException e) {
                throw new IllegalStateException(
                        "APP_ADMIN_PASSWORD is refused by the password policy ("
                                + e.getMessageKey() + "): at least " + PasswordPolicy.MIN_LENGTH
                                + " characters, not a common password.",
                        e);
            }
        }
        var hash = passwordEncoder.encode(password);
        var admin =
                new UserAccount(USERNAME, "Quản trị hệ thống", hash, List.of(AppRoles.ADMIN), null, clock.instant());
        admin.resetPassword(hash);
        accounts.save(admin);
        if (generated) {
            log.warn(
                    "No accounts: created the administrator account '{}' with the generated password {} "
                            + "- it is shown only this once and must be changed at the first sign-in.",
                    USERNAME,
                    password);
        } else {
            log.warn(
                    "No accounts: created the administrator account '{}' with the password from "
                            + "APP_ADMIN_PASSWORD; it must be changed at the first sign-in.",
                    USERNAME);
        }
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
