package vn.gov.quangninh.cooperation.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey through the packaged application in a browser: the application started once per run
 * ({@link PackagedApp}) and the run's one headless Chromium, which a test takes as a parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({PackagedApp.class, Chromium.OnePerRun.class})
@interface BrowserJourney {}
