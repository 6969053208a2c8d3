package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Someone who works with the keyboard alone moves into a list with Tab (its header, then its rows),
 * down the rows with the arrow keys, and opens the row with Enter, as a click would: the registers
 * open the record's page, the administrator's lists its dialog.
 */
@BrowserJourney
class KeyboardJourneyIT {

    /**
     * The list on the page: whether its first two rows hold their records (until they do, Tab passes
     * over the rows, to the "nothing found" cell), and the index of the row whose cell has the focus.
     */
    private static final String LIST = """
            () => {
                const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.checkVisibility());
                const rows = grid ? [...grid.shadowRoot.querySelectorAll('#items tr')] : [];
                const focused = grid?.shadowRoot.activeElement;
                return {
                    rowsHoldRecords: rows.filter(row => row.index <= 1 && !row.hasAttribute('loading')).length === 2,
                    focusedRow: rows.includes(focused?.parentElement) ? focused.parentElement.index : null
                };
            }""";

    @ParameterizedTest
    @CsvSource({
        "staff, commitments, .*/commitments/\\d+$, #commitment-title",
        "staff, agreements, .*/agreements/\\d+$, #agreement-title",
        "admin, admin/users, .*/admin/users$, vaadin-dialog-overlay[opened]",
        "admin, admin/departments, .*/admin/departments$, vaadin-dialog-overlay[opened]"
    })
    void enterOpensTheRowTheArrowKeysReached(String user, String list, String opened, String shown, Chromium chromium) {
        // Wide enough that no column steps aside (NarrowScreens): the grid's width reaches the server
        // after its rows, and a column stepping aside re-renders them and drops the focus to the page
        // (at 1280 px the agreements' department went as the test pressed Enter, now and then).
        var page = chromium.newPage(1600, 900);
        SignInJourneyIT.signIn(page, user);
        page.navigate(PackagedApp.baseUrl() + "/" + list);
        page.waitForFunction("() => (" + LIST + ")().rowsHoldRecords");

        focusTheFirstHeaderCell(page);
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowDown");
        page.waitForFunction("() => (" + LIST + ")().focusedRow === 1");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(opened));
        assertThat(page.locator(shown).first()).isVisible();
        page.context().close();
    }

    /** Where Tab enters the grid: its first header cell. */
    private static void focusTheFirstHeaderCell(Page page) {
        page.locator("vaadin-grid:visible").evaluate("grid => grid.shadowRoot.querySelector('th').focus()");
    }
}
