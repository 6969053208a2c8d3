package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;

/** An agreement's status as a coloured badge: green while it applies, red once it has ended. */
final class StatusBadge {

    private StatusBadge() {}

    static Badge create(AgreementStatus status) {
        var badge = new Badge();
        badge.setText(badge.getTranslation(status.labelKey()));
        switch (status) {
            case IN_FORCE, AMENDED, EXTENDED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case SUSPENDED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case TERMINATED, EXPIRED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case SIGNED -> {}
        }
        badge.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
