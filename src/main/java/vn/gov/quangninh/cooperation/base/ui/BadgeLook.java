package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/**
 * What a badge says (a message key) and how it looks, whichever way it is drawn: a {@link Badge} on a
 * page, a {@link Label} in a grid's template, because a component per cell would be kept in every
 * user's session.
 */
public record BadgeLook(String key, List<BadgeVariant> variants, String className) {

    /**
     * A badge as a template draws it: {@code <vaadin-badge theme=... class=...>text</vaadin-badge>}.
     * Public: Vaadin reads its components by reflection to send them to the browser.
     */
    public record Label(String text, String theme, String className) implements Serializable {}

    public BadgeLook {
        variants = List.copyOf(variants);
    }

    public Badge badge() {
        var badge = new Badge();
        badge.setText(badge.getTranslation(key));
        badge.addThemeVariants(variants.toArray(BadgeVariant[]::new));
        if (!className.isEmpty()) {
            badge.addClassName(className);
        }
        return badge;
    }

    /** A grid's cell of one badge, drawn in the browser from a template. */
    public static <T> LitRenderer<T> cell(ValueProvider<T, Label> label) {
        return LitRenderer.<T>of("""
                        <vaadin-badge theme="${item.badge.theme}" class="${item.badge.className}">\
                        ${item.badge.text}</vaadin-badge>""").withProperty("badge", label);
    }

    public Label in(Translator translator) {
        var theme = variants.stream().map(BadgeVariant::getVariantName).collect(Collectors.joining(" "));
        return new Label(translator.translate(key), theme, className);
    }
}
