package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/** Grids that fit a phone: secondary columns step aside below a width, and come back above it. */
public final class NarrowScreens {

    /** Below this window width (CSS pixels) secondary columns are hidden. */
    public static final int BREAKPOINT = 760;

    private NarrowScreens() {}

    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... secondary) {
        var columns = List.of(secondary);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(columns, details.getWindowInnerWidth()));
            var registration = page.addBrowserWindowResizeListener(resize -> apply(columns, resize.getWidth()));
            grid.addDetachListener(detach -> registration.remove());
        });
    }

    private static <T> void apply(List<Grid.Column<T>> columns, int width) {
        columns.forEach(column -> column.setVisible(width >= BREAKPOINT));
    }
}
