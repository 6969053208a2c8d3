package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

/**
 * Chinese text beside the Vietnamese, marked {@code lang="zh"} so that browsers and screen readers
 * take it for Chinese (font choice, pronunciation); nothing is added when there is none.
 */
public final class ChineseText {

    private static final String TITLE_CELL = """
            <div class="title-cell"><span class="title-vi">${item.vi}</span>\
            ${item.zh ? html`<span class="title-zh" lang="zh">${item.zh}</span>` : ''}</div>""";

    private ChineseText() {}

    /** Adds the Chinese version of a title or text as a paragraph under the Vietnamese one. */
    public static void addTo(HasComponents parent, @Nullable String chinese) {
        if (chinese != null) {
            var paragraph = new Paragraph(chinese);
            paragraph.getElement().setAttribute("lang", "zh");
            paragraph.addClassName("title-zh");
            parent.add(paragraph);
        }
    }

    /**
     * A grid column's cells: a template of the caller's (whose properties the caller adds), the
     * Vietnamese title under it, the Chinese one under that. A template the browser fills from a few
     * values, so that a long list keeps no components in the session.
     */
    public static <T> LitRenderer<T> titleRenderer(
            String above, ValueProvider<T, String> vietnamese, ValueProvider<T, @Nullable String> chinese) {
        return LitRenderer.<T>of(above + TITLE_CELL)
                .withProperty("vi", vietnamese)
                .withProperty("zh", chinese);
    }
}
