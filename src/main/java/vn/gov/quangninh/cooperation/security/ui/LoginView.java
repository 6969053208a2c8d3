package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.LanguagePreference;

/** Sign-in page, in Vietnamese unless the visitor switches. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    LoginView(
            CurrentUser currentUser,
            LanguagePreference languagePreference,
            @Value("${app.sample-data:false}") boolean demoAccounts) {
        this.currentUser = currentUser;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var authority = new Paragraph(getTranslation("brand.authority"));
        authority.addClassName("login-authority");
        var title = new H1(getTranslation("brand.name"));
        title.addClassName("login-title");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.addClassName("login-signed-out");
        signedOut.setVisible(false);

        var card = new Div(authority, title, signedOut, form);
        card.addClassName("login-card");
        if (demoAccounts) {
            var hint = new Paragraph(getTranslation("login.demo-hint"));
            hint.addClassName("login-demo-hint");
            card.add(hint);
        }
        add(new LanguageSwitch(languagePreference), card);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        signedOut.setVisible(parameters.containsKey("logout"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("brand.name");
    }
}
