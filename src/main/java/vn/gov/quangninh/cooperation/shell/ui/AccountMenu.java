package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.security.AccountPrincipal;
import vn.gov.quangninh.cooperation.security.ui.ChangePasswordView;

/**
 * The signed-in user in the top bar. Its menu (who, with which roles and unit; change password;
 * sign out) is built on the first click: every page carries the button, few visits open the menu,
 * and a session keeps no components it has not shown (see DD014, "Heap per session").
 */
class AccountMenu extends Button {

    private final AccountPrincipal user;
    private final AuthenticationContext authenticationContext;
    private @Nullable Popover menu;

    AccountMenu(AccountPrincipal user, AuthenticationContext authenticationContext) {
        super(user.getFullName(), avatar(user.getFullName()));
        this.user = user;
        this.authenticationContext = authenticationContext;
        setId("user-menu");
        addThemeVariants(ButtonVariant.TERTIARY);
        setAriaLabel(getTranslation("account.menu", user.getFullName()));
        addClickListener(click -> {
            if (menu == null) {
                menu = menu();
                menu.open();
            }
        });
    }

    private static Avatar avatar(String fullName) {
        var avatar = new Avatar(fullName);
        avatar.setAbbreviation(initials(fullName));
        return avatar;
    }

    /**
     * The initials of the last two words of a name: Vietnamese names end with the given name, by
     * which people are called, and begin with a family name that most people share (Nguyễn). The
     * avatar's own abbreviation takes every word, and four letters overflow its circle.
     */
    static String initials(String fullName) {
        var words = fullName.strip().split("\\s+");
        return Arrays.stream(words, Math.max(0, words.length - 2), words.length)
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)))
                .collect(Collectors.joining())
                .toUpperCase(Languages.VIETNAMESE);
    }

    private Popover menu() {
        var roles = user.getRoles().stream()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        var who = new Span(roles
                + (user.getDepartmentName() == null
                        ? ""
                        : " · " + user.getDepartmentName().in(getLocale())));
        who.addClassName("account-roles");
        var popover = new Popover();
        var changePassword = new Button(getTranslation("account.change-password"), click -> {
            popover.close();
            UI.getCurrent().navigate(ChangePasswordView.class);
        });
        changePassword.setId("menu-change-password");
        changePassword.addThemeVariants(ButtonVariant.TERTIARY);
        var signOut = new Button(getTranslation("account.sign-out"), click -> authenticationContext.logout());
        signOut.setId("menu-sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        var content = new Div(who, changePassword, signOut);
        content.addClassName("account-menu");
        popover.add(content);
        popover.setAriaLabel(getAriaLabel().orElse(""));
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setTarget(this);
        return popover;
    }
}
