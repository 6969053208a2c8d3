package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A register's code, its badges under it and a note under them, in a column of its own; and the same
 * on one line over the titles, shown on a phone once that column has stepped aside ({@link
 * NarrowScreens} marks the grid {@code without-code}): beside a code column the titles wrapped over
 * eight lines. Templates the browser fills from a few values, not components kept per cell.
 */
public final class CodeCells<T> implements Serializable {

    private static final String KEY = "code";

    private static final String CELL = """
            <div class="code-cell %s"><span class="code">${item.code}</span>\
            <span class="badges-inline">${item.badges.map(badge => html`\
            <vaadin-badge theme="${badge.theme}" class="${badge.className}">${badge.text}</vaadin-badge>`)}</span>\
            ${item.note ? html`<span class="code-note">${item.note}</span>` : ''}</div>""";

    private final ValueProvider<T, String> code;
    private final ValueProvider<T, List<BadgeLook.Label>> badges;
    private final ValueProvider<T, @Nullable String> note;

    public CodeCells(
            ValueProvider<T, String> code,
            ValueProvider<T, List<BadgeLook.Label>> badges,
            ValueProvider<T, @Nullable String> note) {
        this.code = code;
        this.badges = badges;
        this.note = note;
    }

    /** The code column, keyed {@code code}: list it last among the columns that step aside. */
    public Grid.Column<T> addColumn(Grid<T> grid) {
        return grid.addColumn(withValues(LitRenderer.of(CELL.formatted("")))).setKey(KEY);
    }

    /** The titles' column's cells, headed by the code for when the code column has stepped aside. */
    public LitRenderer<T> overTitles(ValueProvider<T, String> vietnamese, ValueProvider<T, @Nullable String> chinese) {
        return withValues(ChineseText.titleRenderer(CELL.formatted("folded"), vietnamese, chinese));
    }

    private LitRenderer<T> withValues(LitRenderer<T> renderer) {
        return renderer.withProperty("code", code)
                .withProperty("badges", badges)
                .withProperty("note", note);
    }
}
