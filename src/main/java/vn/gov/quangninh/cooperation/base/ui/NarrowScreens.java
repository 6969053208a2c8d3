package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.util.List;

/**
 * Grids that fit the room they have: on a phone, on a tablet or beside the open navigation,
 * secondary columns step aside, the least needed first, until the rest fit without scrolling
 * sideways, and come back when there is room. The browser reports the grid's width as it changes,
 * in rem (so a larger default font counts); the columns' widths, in rem, say what fits. Without a
 * report (before the first, or with no browser) every column shows. A column with a key marks the
 * grid {@code without-<key>} while it is hidden, so that a column that stays can show what it
 * showed (the commitments' code and flags over their titles on a phone).
 */
public final class NarrowScreens {

    static final String WIDTH_EVENT = "grid-width";
    static final String WIDTH = "event.detail.width";

    /** A column with no width in rem is taken as this wide. */
    private static final double DEFAULT_REM = 8;

    private static final String OBSERVE = """
            const grid = this;
            grid.__widthObserver ??= new ResizeObserver(() => {
                const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
                grid.dispatchEvent(new CustomEvent('grid-width', {detail: {width: grid.clientWidth / rem}}));
            });
            grid.__widthObserver.observe(grid);""";

    private NarrowScreens() {}

    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... leastNeededFirst) {
        hide(grid, 0, leastNeededFirst);
    }

    /**
     * As {@link #hide(Grid, Grid.Column[])}, and the secondary columns give way until the columns
     * that stay have {@code room} rem more than their widths: a column that must not be squeezed
     * keeps a narrow width, so that it can still shrink to it on a phone once nothing else can.
     */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, double room, Grid.Column<T>... leastNeededFirst) {
        var secondary = List.of(leastNeededFirst);
        grid.getElement()
                .addEventListener(
                        WIDTH_EVENT,
                        event -> fit(
                                grid, secondary, event.getEventData().get(WIDTH).asDouble() - room))
                .addEventData(WIDTH)
                .debounce(100);
        grid.addAttachListener(attach -> grid.getElement().executeJs(OBSERVE));
    }

    /**
     * A cell's text and, under it, the text of each column named here while that column has stepped
     * aside (keyed as the aside, with a rule in the style sheet): on a phone an account's department
     * under its holder's name, not gone with its column. A template, not a component per cell.
     */
    @SafeVarargs
    public static <T> LitRenderer<T> withAsides(ValueProvider<T, String> text, Aside<T>... asides) {
        var template = new StringBuilder("<span>${item.text}</span>");
        for (int i = 0; i < asides.length; i++) {
            template.append("<span class=\"aside aside-%s\">${item.aside%d}</span>".formatted(asides[i].key(), i));
        }
        var renderer = LitRenderer.<T>of(template.toString()).withProperty("text", text);
        for (int i = 0; i < asides.length; i++) {
            renderer.withProperty("aside" + i, asides[i].text());
        }
        return renderer;
    }

    /** What the column keyed {@code key} shows, for the cell it steps aside under. */
    public record Aside<T>(String key, ValueProvider<T, String> text) implements Serializable {}

    private static <T> void fit(Grid<T> grid, List<Grid.Column<T>> leastNeededFirst, double width) {
        var needed = grid.getColumns().stream().mapToDouble(NarrowScreens::rem).sum();
        for (var column : leastNeededFirst) {
            var fits = needed <= width;
            column.setVisible(fits);
            if (column.getKey() != null) {
                grid.getElement().getClassList().set("without-" + column.getKey(), !fits);
            }
            if (!fits) {
                needed -= rem(column);
            }
        }
    }

    private static double rem(Grid.Column<?> column) {
        var width = column.getWidth();
        return width != null && width.endsWith("rem")
                ? Double.parseDouble(width.substring(0, width.length() - 3))
                : DEFAULT_REM;
    }
}
