package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.util.List;
import java.util.Locale;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;

/** An agreement's status as a coloured badge: green while it applies, red once it has ended. */
final class StatusBadge {

    private StatusBadge() {}

    static Badge create(AgreementStatus status) {
        return look(status).badge();
    }

    /** The badge as the agreements grid's template draws it. */
    static BadgeLook.Label label(AgreementStatus status, Translator translator) {
        return look(status).in(translator);
    }

    private static BadgeLook look(AgreementStatus status) {
        return new BadgeLook(
                status.labelKey(),
                switch (status) {
                    case IN_FORCE, AMENDED, EXTENDED -> List.of(BadgeVariant.SUCCESS);
                    case SUSPENDED -> List.of(BadgeVariant.WARNING);
                    case TERMINATED, EXPIRED -> List.of(BadgeVariant.ERROR);
                    case DRAFT -> List.of(BadgeVariant.CONTRAST);
                    case SIGNED -> List.of();
                },
                "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
