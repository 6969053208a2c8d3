package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A list whose rows open their record on a click and on Enter: someone working with the keyboard
 * alone moves down the rows with the arrow keys, and Vaadin's grid fires its item click for the
 * mouse only. In the browser Enter clicks the focused row, so both reach the one item-click
 * listener and the session keeps nothing more.
 */
public final class ClickOrEnter {

    private static final String ENTER_CLICKS = """
            const grid = this;
            if (!grid.__enterClicks) {
                grid.__enterClicks = true;
                grid.addEventListener('keydown', event => {
                    if (event.key === 'Enter' && !grid.hasAttribute('interacting')
                            && grid.getEventContext(event).item) {
                        event.composedPath()[0].click();
                    }
                });
            }""";

    private ClickOrEnter() {}

    public static <T> void opens(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.addAttachListener(attach -> grid.getElement().executeJs(ENTER_CLICKS));
    }
}
