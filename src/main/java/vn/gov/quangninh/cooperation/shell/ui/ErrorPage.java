package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The common look of the error pages: an icon, a title, an explanation and the way home. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String icon, String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("error-page");
        setAlignItems(Alignment.CENTER);
        var symbol = new Icon(icon);
        symbol.addClassName("error-page-icon");
        add(
                symbol,
                new H2(getTranslation(titleKey)),
                new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
