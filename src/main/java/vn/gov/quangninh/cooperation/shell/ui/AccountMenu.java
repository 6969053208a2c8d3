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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
        super(user.getFullName(), new Avatar(user.getFullName()));
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
