package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Secondary columns step aside, the least needed first, as far as the width the browser reports
 * asks, and come back when it grows: the commitments grid's columns, 51.5 rem in all, first with
 * no room kept for the titles beyond their width, then with the 4 rem the commitments view keeps.
 */
class NarrowScreensTest {

    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> code = column("12rem");
    private final Grid.Column<String> title = column("10rem");
    private final Grid.Column<String> lead = column("10rem");
    private final Grid.Column<String> due = column("8.5rem");
    private final Grid.Column<String> level = column("11rem");

    @Test
    void everyColumnShowsUntilTheBrowserSaysOtherwise() {
        NarrowScreens.hide(grid, lead, due, level);
        assertThat(visible()).containsExactly(code, title, lead, due, level);
    }

    @Test
    void aWideScreenShowsEveryColumn() {
        NarrowScreens.hide(grid, lead, due, level);
        widthIs(61.9);
        assertThat(visible()).containsExactly(code, title, lead, due, level);
        widthIs(51.5);
        assertThat(visible()).containsExactly(code, title, lead, due, level);
    }

    @Test
    void aTabletLosesTheLeastNeededColumnOnly() {
        NarrowScreens.hide(grid, lead, due, level);
        widthIs(45.9);
        assertThat(visible()).containsExactly(code, title, due, level);
    }

    @Test
    void besideTheNavigationTheDueDateGoesToo() {
        NarrowScreens.hide(grid, lead, due, level);
        widthIs(33.1);
        assertThat(visible()).containsExactly(code, title, level);
    }

    @Test
    void aPhoneKeepsTheCodeAndTheTitles() {
        NarrowScreens.hide(grid, lead, due, level);
        widthIs(22.25);
        assertThat(visible()).containsExactly(code, title);
    }

    @Test
    void columnsComeBackWhenThereIsRoom() {
        NarrowScreens.hide(grid, lead, due, level);
        widthIs(22.25);
        widthIs(45.9);
        assertThat(visible()).containsExactly(code, title, due, level);
    }

    @Test
    void withRoomKeptForTheTitlesTheLevelGivesWayBesideTheNavigation() {
        NarrowScreens.hide(grid, 4, lead, due, level);
        widthIs(51.5);
        assertThat(visible()).containsExactly(code, title, due, level);
        widthIs(45.9);
        assertThat(visible()).containsExactly(code, title, due, level);
        widthIs(33.1);
        assertThat(visible()).containsExactly(code, title);
        widthIs(45.9);
        assertThat(visible()).containsExactly(code, title, due, level);
    }

    @Test
    void onAPhoneTheCodeGoesLastAndTheGridSaysSo() {
        code.setKey("code");
        NarrowScreens.hide(grid, 4, lead, due, level, code);
        widthIs(33.1);
        assertThat(visible()).containsExactly(code, title);
        assertThat(grid.getClassNames()).doesNotContain("without-code");
        widthIs(22.25);
        assertThat(visible()).containsExactly(title);
        assertThat(grid.getClassNames()).contains("without-code");
        widthIs(45.9);
        assertThat(visible()).containsExactly(code, title, due, level);
        assertThat(grid.getClassNames()).doesNotContain("without-code");
    }

    private Grid.Column<String> column(String width) {
        return grid.addColumn(String::valueOf).setWidth(width);
    }

    private void widthIs(double rem) {
        var data = JacksonUtils.createObjectNode();
        data.put(NarrowScreens.WIDTH, rem);
        // As the browser sends a debounced event, once the width has settled.
        data.put("for", "trailing");
        grid.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), NarrowScreens.WIDTH_EVENT, data));
    }

    private List<Grid.Column<String>> visible() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
    }
}
