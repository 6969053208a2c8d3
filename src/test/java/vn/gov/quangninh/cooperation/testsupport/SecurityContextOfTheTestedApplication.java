package vn.gov.quangninh.cooperation.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security context holder strategy, one per application context, each
 * with its own thread-local, in the static {@link SecurityContextHolder}. With several cached test
 * contexts, that holder points at the last one started, and test code reading it would look where
 * the services under test do not. Before each test, point it at the tested application's
 * ({@link SignedIn} uses that strategy directly).
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityContextOfTheTestedApplication implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var strategy = testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
