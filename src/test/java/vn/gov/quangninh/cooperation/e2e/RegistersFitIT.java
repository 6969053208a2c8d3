package vn.gov.quangninh.cooperation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.INTEGER;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registers and the administrator's lists fit the room they have, without scrolling sideways: a
 * phone, a tablet held upright (the navigation folded away) and one held sideways or a small laptop,
 * where the navigation takes a quarter of the width beside the grid. Nothing in a cell reaches past its column, in either
 * language: what did would be cut off at the column's edge.
 */
@BrowserJourney
class RegistersFitIT {

    private static final String OVERFLOW = """
            () => {
                const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.offsetParent);
                const table = grid.shadowRoot.querySelector('#table');
                return table.scrollWidth - table.clientWidth;
            }""";

    /** What reaches past the right edge of its cell, and by how many pixels. */
    private static final String SPILLS = """
            () => [...document.querySelectorAll('vaadin-grid-cell-content')].flatMap(cell => {
                const edge = cell.getBoundingClientRect().right;
                return [...cell.querySelectorAll('*')]
                    .filter(inside => inside.getBoundingClientRect().right > edge + 0.5)
                    .map(inside => inside.textContent.trim() + ' +'
                        + Math.round(inside.getBoundingClientRect().right - edge) + 'px');
            })""";

    /** The rows whose start shows in the grid on the first screen. */
    private static final String ROWS_BEGUN_ON_SCREEN = """
            () => {
                const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.offsetParent);
                const bottom = Math.min(innerHeight, grid.getBoundingClientRect().bottom);
                return [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden && row.getBoundingClientRect().top < bottom)
                    .length;
            }""";

    /**
     * The text an empty field shows (a filter's only label, the search field's hint) that does not fit
     * the field, and by how many pixels.
     */
    private static final String PLACEHOLDERS_CUT = """
            () => [...document.querySelectorAll('input')]
                .filter(input => input.offsetParent && input.placeholder && !input.value)
                .flatMap(input => {
                    const style = getComputedStyle(input);
                    const text = document.createElement('canvas').getContext('2d');
                    text.font = style.font;
                    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    const cut = text.measureText(input.placeholder).width - room;
                    return cut > 0.5 ? [input.placeholder + ' +' + Math.round(cut) + 'px'] : [];
                })""";

    /** The cells whose text is wider than the cell. */
    private static final String CELLS_CUT = """
            () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                .filter(cell => cell.offsetParent && cell.scrollWidth > cell.clientWidth + 1)
                .map(cell => cell.textContent.trim())""";

    /** The fields and buttons whose right edge is past the screen's. */
    private static final String PAST_THE_SCREEN = """
            () => [...document.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-combo-box, vaadin-date-picker')]
                .filter(field => field.offsetParent && field.getBoundingClientRect().right > innerWidth + 0.5)
                .map(field => (field.textContent.trim() || field.placeholder || field.label) + ' +'
                    + Math.round(field.getBoundingClientRect().right - innerWidth) + 'px')""";

    @ParameterizedTest
    @CsvSource({
        "commitments, 390, 844",
        "commitments, 768, 1024",
        "commitments, 820, 1180",
        "commitments, 1024, 768",
        "agreements, 390, 844",
        "agreements, 820, 1180",
        "agreements, 1024, 768",
        "meetings?view=list, 390, 844",
        "meetings?view=list, 820, 1180",
        "meetings?view=list, 1024, 768"
    })
    void theGridScrollsOnlyDownwards(String register, int width, int height, Chromium chromium) {
        var page = openList(chromium, "staff", register, width, height);

        assertThat(((Number) page.evaluate(OVERFLOW)).intValue())
                .as("%s at %d px: pixels to scroll sideways", register, width)
                .isLessThanOrEqualTo(0);
        assertNone(page, SPILLS, "%s at %d px: cut off", register, width);
        Chromium.screenshot(page, "fit-%s-%d".formatted(register.replaceAll("\\?.*", ""), width));
        page.context().close();
    }

    /**
     * The administrator's lists on a phone, on a tablet beside the navigation and on a laptop: the
     * audit log's detail, in Vietnamese the longest cell, has the room its column leaves and wraps;
     * secondary columns step aside rather than the grid scrolling sideways, and the search field and
     * the button beside it stay on the screen (at 390 px the accounts' button reached past it and
     * their search hint was cut off; the audit log's filters took the first screen).
     */
    @ParameterizedTest
    @CsvSource({
        "admin/users, 390, 844",
        "admin/users, 1024, 768",
        "admin/departments, 390, 844",
        "admin/departments, 1024, 768",
        "admin/audit, 390, 844",
        "admin/audit, 1024, 768",
        "admin/audit, 1366, 768"
    })
    void theAdministratorsListsScrollOnlyDownwards(String list, int width, int height, Chromium chromium) {
        var page = openList(chromium, "admin", list, width, height);

        assertThat(((Number) page.evaluate(OVERFLOW)).intValue())
                .as("%s at %d px: pixels to scroll sideways", list, width)
                .isLessThanOrEqualTo(0);
        assertNone(page, CELLS_CUT, "%s at %d px: cells cut off", list, width);
        assertNone(page, PAST_THE_SCREEN, "%s at %d px: past the screen's edge", list, width);
        assertNone(page, PLACEHOLDERS_CUT, "%s at %d px: labels cut off", list, width);
        Chromium.screenshot(page, "fit-%s-%d".formatted(list.replace('/', '-'), width));
        page.context().close();
    }

    /**
     * A log's cells hold words with no space to wrap at: an IPv6 address, a refused address's path.
     * Each breaks where it must rather than being cut off at its column's edge.
     */
    @Test
    void theAuditLogBreaksWordsItCannotWrap(Chromium chromium) {
        var page = openList(chromium, "admin", "admin/audit", 1366, 768);
        page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.offsetParent && cell.textContent.trim())
                    .forEach(cell => cell.append(' 2402:800:6314:1a2b:3c4d:5e6f:7a8b:9c0d'))""");

        assertNone(page, CELLS_CUT, "cells cut off");
        page.context().close();
    }

    /**
     * On a phone the titles take the whole width, the code and its badges over them, and the filters
     * are folded away: squeezed beside a code column the titles wrapped over eight lines, and under
     * every filter a screen showed the start of two commitments (of three agreements).
     */
    @ParameterizedTest
    @CsvSource({"commitments, 4", "agreements, 6"})
    void onAPhoneTheCodeHeadsTheTitles(String register, int rows, Chromium chromium) {
        var page = onAPhone(chromium, register);
        var heading = page.locator("#" + register + " .code-cell.folded").first();
        heading.waitFor();
        assertThat(heading.locator(".code").textContent()).matches("[A-Z0-9/-]+");
        assertThat(heading.locator("vaadin-badge").first().isVisible()).isTrue();
        assertThat(page.locator("#" + register + " vaadin-grid-sorter:visible").count())
                .as("sortable headers")
                .isEqualTo(1);
        // The code heads the titles once the code column has stepped aside; the other columns
        // follow in the same response, and the rows take their height a frame later.
        try {
            page.waitForFunction("() => (" + ROWS_BEGUN_ON_SCREEN + ")() >= " + rows);
        } catch (TimeoutError tooFew) {
            // Told below, how many.
        }
        assertThat(page.evaluate(ROWS_BEGUN_ON_SCREEN))
                .as("rows begun on the first screen")
                .asInstanceOf(INTEGER)
                .isGreaterThanOrEqualTo(rows);
        Chromium.screenshot(page, "phone-" + register);
        page.context().close();
    }

    /**
     * On a phone the filters fold away beside the search field, but not one that narrows the list:
     * the overdue filter of a link stays in sight.
     */
    @Test
    void onAPhoneTheFiltersFoldAwayButThoseInUse(Chromium chromium) {
        var page = onAPhone(chromium, "commitments?flag=OVERDUE");
        var unfold = page.locator(".filters-toggle:visible");
        assertThat(page.locator("#filter-text").isVisible()).isTrue();
        assertThat(page.locator("#filter-flag").isVisible())
                .as("the filter in use")
                .isTrue();
        assertThat(page.locator("#filter-department").isVisible()).isFalse();
        assertThat(page.locator(".more-filters").isVisible()).isFalse();
        assertThat(page.locator("#filter-text").boundingBox().width)
                .as("the search field keeps its line")
                .isGreaterThan(250);
        assertThat(unfold.boundingBox().y)
                .as("beside the search field")
                .isEqualTo(page.locator("#filter-text").boundingBox().y, within(8.0));
        Chromium.screenshot(page, "phone-filters-folded");

        unfold.click();
        page.locator("#filter-department").waitFor();
        assertThat(page.locator(".more-filters").isVisible()).isTrue();
        assertThat(unfold.getAttribute("aria-expanded")).isEqualTo("true");
        Chromium.screenshot(page, "phone-filters-unfolded");
        unfold.click();
        page.locator("#filter-department").waitFor(hidden());
        page.context().close();
    }

    /** Whatever kind of field narrows the list stays in sight: a multiple choice, a year, a toggle. */
    @Test
    void onAPhoneEveryKindOfFilterInUseStaysInSight(Chromium chromium) {
        var page = onAPhone(chromium, "agreements?status=IN_FORCE&from=2020&expiring=1");
        assertThat(page.locator("#filter-status").isVisible()).as("statuses").isTrue();
        assertThat(page.locator("#filter-status vaadin-multi-select-combo-box-chip[slot=chip]")
                        .first()
                        .evaluate("chip => { const label = chip.shadowRoot.querySelector('[part=label]');"
                                + " return label.scrollWidth - label.clientWidth; }"))
                .as("pixels of the chosen status cut off")
                .isEqualTo(0);
        assertThat(page.locator(".year-filter").first().isVisible())
                .as("from the year")
                .isTrue();
        assertThat(page.locator(".year-filter").last().isVisible())
                .as("to the year")
                .isFalse();
        assertThat(page.locator("#filter-expiring").isVisible())
                .as("expiring soon")
                .isTrue();
        assertThat(page.locator("#filter-expiring")
                        .evaluate("b => { const label = b.shadowRoot.querySelector('[part=label]');"
                                + " return label.scrollWidth - label.clientWidth; }"))
                .as("pixels of the toggle's label cut off")
                .isEqualTo(0);
        assertThat(page.locator("#filter-counterpart").isVisible())
                .as("counterpart")
                .isFalse();
        Chromium.screenshot(page, "phone-filters-in-use");
        page.context().close();
    }

    /** A commitment opened from the list on a phone: its long title in four lines, not six. */
    @Test
    void onAPhoneARecordsTitleLeavesRoomForTheRecord(Chromium chromium) {
        var page = onAPhone(chromium, "commitments?q=UBCTLH16-05");
        page.locator("#commitments .code-cell.folded").first().click();
        var title = page.locator("#commitment-title");
        title.waitFor();
        var lines = (Number)
                title.evaluate("t => t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight)");
        assertThat(lines.doubleValue()).as("lines of the title").isLessThanOrEqualTo(4.2);
        Chromium.screenshot(page, "phone-commitment");
        page.context().close();
    }

    /** What the check finds on the page (cells cut off, labels, ...): nothing. */
    private static void assertNone(Page page, String check, String what, Object... values) {
        assertThat(page.evaluate(check)).as(what, values).asList().isEmpty();
    }

    /** A staff member's phone showing a register's first rows. */
    private static Page onAPhone(Chromium chromium, String register) {
        return openList(chromium, "staff", register, 390, 844);
    }

    /**
     * A list as the user sees it on a screen this size once its columns have fitted ({@link
     * #showList}).
     */
    private static Page openList(Chromium chromium, String user, String list, int width, int height) {
        var page = chromium.newPage(width, height);
        SignInJourneyIT.signIn(page, user);
        showList(page, list);
        return page;
    }

    /**
     * A list once its columns have fitted the width: the grid's width reaches the server after a
     * short debounce, and the columns follow.
     */
    private static void showList(Page page, String list) {
        page.navigate(PackagedApp.baseUrl() + "/" + list);
        page.locator("vaadin-grid:visible >> vaadin-grid-cell-content").first().waitFor();
        try {
            page.waitForFunction("() => (" + OVERFLOW + ")() <= 0");
        } catch (TimeoutError stillTooWide) {
            // The tests that measure it say by how much.
        }
    }

    private static Locator.WaitForOptions hidden() {
        return new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN);
    }

    /**
     * A filter's label is the text it shows while empty, and the search field's says what it searches:
     * whole in either language, on a phone with the filters unfolded, on a tablet beside the
     * navigation and on a laptop ("Đơn vị (chủ trì hoặc ph…" at every width, before).
     */
    @ParameterizedTest
    @CsvSource({"vi, 390", "vi, 1024", "vi, 1366", "en, 390", "en, 1024", "en, 1366"})
    void everyFiltersLabelIsWhole(String language, int width, Chromium chromium) {
        var page = chromium.newPage(width, 800);
        SignInJourneyIT.signIn(page, "manager");
        inLanguage(page, language, () -> {
            // The commitments' further filters open when the address names one of them.
            for (var register :
                    new String[] {"commitments", "commitments?closed=1", "agreements", "meetings?view=list"}) {
                showList(page, register);
                var unfold = page.locator(".filters-toggle:visible");
                if (unfold.count() > 0) {
                    unfold.click();
                    page.locator(".filter-bar.unfolded").waitFor();
                }
                assertNone(page, PLACEHOLDERS_CUT, "%s in %s at %d px: labels cut off", register, language, width);
            }
        });
        page.context().close();
    }

    /** English labels run longer than Vietnamese ones: the longest flags, on a phone and a laptop. */
    @ParameterizedTest
    @CsvSource({"LAPSED, 390, 844", "LAPSED, 1280, 800", "AWAITING_COUNTERPART, 390, 844"})
    void englishFlagsFitTheirColumn(String flag, int width, int height, Chromium chromium) {
        var page = chromium.newPage(width, height);
        SignInJourneyIT.signIn(page, "manager");
        inLanguage(page, "en", () -> {
            showList(page, "commitments?flag=" + flag);
            page.locator("vaadin-grid:visible >> vaadin-badge").first().waitFor();
            assertThat(page.locator("#commitment-count").textContent())
                    .matches("1 commitment|([02-9]|[1-9]\\d+) commitments");
            assertNone(page, SPILLS, "%s at %d px: cut off", flag, width);
            Chromium.screenshot(page, "fit-commitments-en-%s-%d".formatted(flag, width));
        });
        page.context().close();
    }

    /** Runs the checks with the signed-in user's language switched, if it is English. */
    private static void inLanguage(Page page, String language, Runnable checks) {
        if (language.equals("vi")) {
            checks.run();
            return;
        }
        page.locator("#language-en").click();
        page.locator("#language-vi").waitFor();
        try {
            checks.run();
        } finally {
            // The language is the user's, kept for the other journeys in Vietnamese: the switch back
            // is complete (its answer in the page) before the page goes.
            page.locator("#language-vi").click();
            page.locator("#language-en").waitFor();
        }
    }
}
