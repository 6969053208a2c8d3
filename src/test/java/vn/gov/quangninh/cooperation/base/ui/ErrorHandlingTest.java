package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest {

    private final ErrorHandling.UserFacingErrorHandler handler = new ErrorHandling.UserFacingErrorHandler();

    @Test
    void aBrowserThatLeftMidAnswerIsNoError(CapturedOutput output) {
        var closedTab = new UncheckedIOException(new IOException("Broken pipe"));

        assertThatCode(() -> handler.error(new ErrorEvent(closedTab))).doesNotThrowAnyException();
        assertThat(output).doesNotContain("ERROR").doesNotContain("Unexpected error");
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsCause(CapturedOutput output) {
        handler.error(new ErrorEvent(new IllegalStateException("the clause has no minutes")));

        assertThat(output).contains("ERROR").contains("Unexpected error").contains("the clause has no minutes");
    }
}
