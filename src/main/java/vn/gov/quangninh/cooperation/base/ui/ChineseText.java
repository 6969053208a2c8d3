package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Chinese text beside the Vietnamese, marked {@code lang="zh"} so that browsers and screen readers
 * take it for Chinese (font choice, pronunciation); nothing is added when there is none.
 */
public final class ChineseText {

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

    /** A grid cell: the Vietnamese title, the Chinese one under it. */
    public static Div titleCell(String vietnamese, @Nullable String chinese) {
        var title = new Span(vietnamese);
        title.addClassName("title-vi");
        var cell = new Div(title);
        if (chinese != null) {
            var span = new Span(chinese);
            span.getElement().setAttribute("lang", "zh");
            span.addClassName("title-zh");
            cell.add(span);
        }
        cell.addClassName("title-cell");
        return cell;
    }
}
