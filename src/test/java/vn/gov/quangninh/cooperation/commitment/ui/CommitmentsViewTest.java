package vn.gov.quangninh.cooperation.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentRow;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The commitments list: its cells are templates filled from a few values per row (code, flags,
 * both titles, level), and its meeting filter fetches the meetings only when asked.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class CommitmentsViewTest extends SpringBrowserlessTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    private long overdue;

    @BeforeEach
    void anOverdueCommitmentAwaitingReview() {
        signedIn.as("staff");
        clock.setToday(LocalDate.now().minusMonths(3));
        var draft = commitments.draftFromAgreement(1);
        draft.setTitleVi("Khảo sát cửa khẩu Bắc Luân II " + System.nanoTime());
        draft.setTitleZh("北仑河二桥口岸考察");
        draft.setDueDate(LocalDate.now().minusMonths(1));
        overdue = commitments.create(draft);
        clock.reset();
        var update = commitments.newUpdate(overdue);
        update.setNarrativeVi("Đã khảo sát, chờ báo cáo.");
        update.setProposedLevel(CompletionLevel.LIMITED);
        commitments.submitUpdate(commitments.editUpdate(commitments.saveUpdate(update)));
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signedIn.out();
    }

    @SuppressWarnings("unchecked")
    private Grid<CommitmentRow> grid() {
        return $(Grid.class).id("commitments");
    }

    @Test
    void aRowShowsItsCodeFlagsTitlesAndLevel() {
        UI.getCurrent().navigate("commitments", QueryParameters.fromString("flag=OVERDUE"));
        @SuppressWarnings("unchecked")
        ComboBox<CommitmentFlag> flag = $(ComboBox.class).id("filter-flag");
        assertThat(flag.getValue()).isEqualTo(CommitmentFlag.OVERDUE);
        var grid = test(grid());
        var index = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).id() == overdue)
                .findFirst()
                .orElseThrow();
        var row = grid.getRow(index);
        roundTrip();
        assertThat($(Notification.class).all())
                .as("the browser got the rows without an error")
                .isEmpty();

        assertThat(grid.getLitRendererPropertyValue(index, 0, "code", String.class))
                .isEqualTo(row.code());
        @SuppressWarnings("unchecked")
        List<BadgeLook.Label> badges = grid.getLitRendererPropertyValue(index, 0, "badges", List.class);
        assertThat(badges).contains(new BadgeLook.Label("Quá hạn", "error", ""));
        assertThat(grid.getLitRendererPropertyValue(index, 0, "note", String.class))
                .isEqualTo("Có báo cáo chờ duyệt");
        assertThat(grid.getLitRendererPropertyValue(index, 1, "vi", String.class))
                .startsWith("Khảo sát cửa khẩu Bắc Luân II");
        assertThat(grid.getLitRendererPropertyValue(index, 1, "zh", String.class))
                .isEqualTo("北仑河二桥口岸考察");
        assertThat(grid.getLitRendererPropertyValue(index, 1, "code", String.class))
                .as("the titles' cell, headed by the code on a phone")
                .isEqualTo(row.code());
        assertThat(grid.getLitRendererPropertyValue(index, 1, "badges", List.class))
                .isEqualTo(badges);
        assertThat(grid.getLitRendererPropertyValue(index, 4, "badge", BadgeLook.Label.class))
                .isEqualTo(new BadgeLook.Label("Chưa có minh chứng", "contrast small", "completion-no_evidence"));
    }

    @Test
    void theMeetingFilterFindsMeetingsWithoutDiacriticsAndComesBackFromTheAddress() {
        var springTalks = meetings.search(MeetingFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(row -> SearchText.fold(row.title(this::vietnamese)).contains("hoi dam"))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("commitments", QueryParameters.fromString("meeting=" + springTalks.id()));
        assertThat(test($(Details.class).single()).isOpen()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<MeetingRow> meeting = $(ComboBox.class).id("filter-meeting");
        assertThat(meeting.getValue()).isEqualTo(springTalks);

        var combo = test(meeting);
        combo.setFilter("hoi dam");
        assertThat(combo.getSuggestions())
                .isNotEmpty()
                .allSatisfy(title -> assertThat(SearchText.fold(title)).contains("hoi dam"));
        assertThat(combo.getSuggestionItems()).contains(springTalks);
    }

    @Test
    void theLessUsedFiltersAreBuiltOnlyWhenOpened() {
        navigate(CommitmentsView.class);
        var more = test($(Details.class).single());
        assertThat(more.isOpen()).isFalse();
        assertThat($(Checkbox.class).withId("filter-closed").exists()).isFalse();

        more.openDetails();
        var shown = test(grid()).size();
        test($(Checkbox.class).id("filter-closed")).click();
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(shown);
        assertThat($(Span.class).id("commitment-count").getText())
                .isEqualTo(commitments.count(new CommitmentFilter(
                                null, null, null, null, null, null, Set.of(), null, null, null, false, true))
                        + " cam kết");
    }

    private String vietnamese(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
