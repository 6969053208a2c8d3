package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet grows by blocks from several features; a brace lost in a merge silently
 * disables every rule after it in the browser.
 */
class StyleSheetTest {

    @Test
    void everyBlockIsClosedWhereItOpens() throws IOException {
        var css = Files.readString(Path.of("frontend/styles/app.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            assertThat(depth).as("braces at line %d (comments removed)", line).isBetween(0, 2);
        }
        assertThat(depth).as("unclosed blocks at the end").isZero();
    }
}
